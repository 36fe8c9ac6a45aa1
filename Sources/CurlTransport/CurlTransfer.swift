/// A single GET through the process's shared engine, for callers that need no more than a URL and a timeout
/// (health checks, tests of the binding).
public enum CurlTransfer {
    /// Fetches `url`, following no redirects.
    /// - Parameter timeout: the whole transfer's limit.
    public static func get(_ url: String, timeout: Duration = .seconds(30)) async throws -> CurlResponse {
        try await CurlEngine.shared.perform(
            CurlRequest(url: url, connectTimeout: min(timeout, .seconds(10)), totalTimeout: timeout))
    }
}
