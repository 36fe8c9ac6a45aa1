/// One HTTP exchange for the multi-handle engine: what to send and the limits it runs under. Redirects are not
/// followed here: the fetcher decides whether a `Location` is allowed (hosts a source permits, at most 5 hops).
public struct CurlRequest: Sendable {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    public var url: String
    public var method: Method
    /// Header lines as name and value, sent in order (`Referer`, `X-Requested-With`, `If-None-Match` …).
    public var headers: [(name: String, value: String)]
    /// The request body (a form-encoded POST); nil for none.
    public var body: [UInt8]?
    public var userAgent: String?
    public var connectTimeout: Duration
    /// The whole exchange's limit.
    public var totalTimeout: Duration
    /// Abort when fewer than `lowSpeedBytesPerSecond` arrive for `lowSpeedTime` (a server that trickles).
    public var lowSpeedBytesPerSecond: Int
    public var lowSpeedTime: Duration
    /// Larger bodies fail with `CurlError.Kind.tooLarge`, never a truncated page.
    public var maxBodyBytes: Int
    /// OpenSSL cipher list for old servers (`DEFAULT:@SECLEVEL=1`); nil keeps the library's default.
    public var cipherList: String?
    /// Cookies shared with the other requests of the same crawl session; nil for none kept.
    public var cookies: CurlCookieJar?
    /// `host:port:connect-host:connect-port` overrides (libcurl's CONNECT_TO): the URL and Host header stay the
    /// site's while the connection goes to the simulated agency web on loopback.
    public var connectTo: [String]

    public init(
        url: String, method: Method = .get, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        userAgent: String? = nil, connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30),
        lowSpeedBytesPerSecond: Int = 100, lowSpeedTime: Duration = .seconds(15), maxBodyBytes: Int = 20 << 20,
        cipherList: String? = nil, cookies: CurlCookieJar? = nil, connectTo: [String] = []
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedTime = lowSpeedTime
        self.maxBodyBytes = maxBodyBytes
        self.cipherList = cipherList
        self.cookies = cookies
        self.connectTo = connectTo
    }
}

/// A finished exchange: whatever the status, the transfer itself worked.
public struct CurlResponse: Sendable {
    public let status: Int
    /// The final response's header lines in order (a `100 Continue` block before it is dropped).
    public let headers: [(name: String, value: String)]
    /// The body as decoded from gzip, deflate or brotli.
    public let body: [UInt8]
    public let url: String
    /// Seconds from start to the end of the transfer.
    public let totalTime: Double

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8], url: String, totalTime: Double) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
        self.totalTime = totalTime
    }

    /// The first value of header `name`, compared without case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) }?.value
    }

    public var contentType: String? { header("Content-Type") }
}

extension String {
    fileprivate func caseInsensitiveCompare(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 (libcurl reads 0 as "no limit").
    var curlMilliseconds: Int {
        max(1, Int(components.seconds) * 1000 + Int(components.attoseconds / 1_000_000_000_000_000))
    }
}
