import CurlTransport

/// robots.txt fetched once per host per run (the fetcher's lifetime), shared by every page of that host. A missing
/// file (4xx) allows everything; an unreachable one (5xx, no connection) disallows everything for the run, as
/// RFC 9309 says, with that reason.
actor RobotsCache {
    private var known: [String: Task<Result<RobotsRules, FetchError>, Never>] = [:]

    func rules(
        for url: URLParts, source: String, load: @escaping @Sendable () async -> Result<RobotsRules, FetchError>
    ) async -> Result<RobotsRules, FetchError> {
        let key = url.origin
        if let task = known[key] { return await task.value }
        let task = Task { await load() }
        known[key] = task
        return await task.value
    }
}
