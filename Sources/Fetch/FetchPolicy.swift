/// How the fetcher behaves toward sites: identity, limits, retries and pace. Defaults follow MISSION.md and the
/// issue; `connect-ingest` settings and the agency files override them.
public struct FetchPolicy: Sendable {
    /// Names the bot and where to read about it, on every request.
    public var userAgent: String
    /// The product token robots.txt groups are matched against.
    public var robotsAgent: String
    public var connectTimeout: Duration
    public var totalTimeout: Duration
    public var lowSpeedBytesPerSecond: Int
    public var lowSpeedTime: Duration
    public var maxBodyBytes: Int
    public var maxRedirects: Int
    public var retry: RetryPolicy
    /// Requests per `rateWindow` per host, from the agency files' `[rate_limits]`; other hosts get the default.
    public var requestsPerMinute: [String: Int]
    public var defaultRequestsPerMinute: Int
    /// The window the limits count in: a minute in production; tests scale it down and the limit still binds.
    public var rateWindow: Duration
    /// The longest the shared rate limit may make one request wait before the page fails as throttled.
    public var maxRateWait: Duration
    public var obeysRobots: Bool

    public init(
        userAgent: String = "connect-ingest/0.1 (+https://connect.example/bot)", robotsAgent: String = "connect-ingest",
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(60),
        lowSpeedBytesPerSecond: Int = 100, lowSpeedTime: Duration = .seconds(20), maxBodyBytes: Int = 20 << 20,
        maxRedirects: Int = 5, retry: RetryPolicy = RetryPolicy(), requestsPerMinute: [String: Int] = [:],
        defaultRequestsPerMinute: Int = 10, rateWindow: Duration = .seconds(60), maxRateWait: Duration = .seconds(600),
        obeysRobots: Bool = true
    ) {
        self.userAgent = userAgent
        self.robotsAgent = robotsAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedTime = lowSpeedTime
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.retry = retry
        self.requestsPerMinute = requestsPerMinute
        self.defaultRequestsPerMinute = defaultRequestsPerMinute
        self.rateWindow = rateWindow
        self.maxRateWait = maxRateWait
        self.obeysRobots = obeysRobots
    }

    /// The spacing of requests to `host`: its per-minute limit, or robots.txt's Crawl-delay when that is longer.
    public func interval(host: String, crawlDelay: Duration?) -> Duration {
        let perMinute = max(1, requestsPerMinute[host.lowercased()] ?? defaultRequestsPerMinute)
        let fromLimit = rateWindow / perMinute
        guard let crawlDelay else { return fromLimit }
        return max(fromLimit, crawlDelay)
    }
}

/// Where requests go: the real sites, or the simulated agency web on loopback (its `https://` URLs read as
/// `http://`, the connection sent to the simulator while URL and Host header stay the site's).
public enum SiteAddressing: Sendable, Hashable {
    case live
    case simulated(port: Int)

    func address(_ url: String) -> (url: String, connectTo: [String]) {
        guard case .simulated(let port) = self else { return (url, []) }
        var plain = url
        if plain.hasPrefix("https://") { plain = "http://" + plain.dropFirst("https://".count) }
        let host = URLParts(plain)?.host ?? ""
        return (plain, ["\(host):80:127.0.0.1:\(port)"])
    }
}
