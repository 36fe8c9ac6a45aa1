import CurlTransport

/// One page to fetch, as a source describes it.
public struct PageRequest: Sendable {
    public var source: String
    public var agency: String?
    public var url: String
    public var method: CurlRequest.Method
    /// Form fields of a POST, encoded in order.
    public var form: [(name: String, value: String)]
    public var headers: [(name: String, value: String)]
    /// Hosts a redirect may lead to (the source's own); others are refused.
    public var allowedHosts: Set<String>
    /// `DEFAULT:@SECLEVEL=1` for the one old server that needs it; this source only.
    public var cipherList: String?
    /// The crawl session's cookies (warm-up first, then the board).
    public var cookies: CurlCookieJar?
    /// Validators remembered from the last fetch of this URL, sent as `If-None-Match` / `If-Modified-Since`.
    public var etag: String?
    public var lastModified: String?

    public init(
        source: String, agency: String? = nil, url: String, method: CurlRequest.Method = .get,
        form: [(name: String, value: String)] = [], headers: [(name: String, value: String)] = [],
        allowedHosts: Set<String> = [], cipherList: String? = nil, cookies: CurlCookieJar? = nil,
        etag: String? = nil, lastModified: String? = nil
    ) {
        self.source = source
        self.agency = agency
        self.url = url
        self.method = method
        self.form = form
        self.headers = headers
        self.allowedHosts = allowedHosts
        self.cipherList = cipherList
        self.cookies = cookies
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// A fetched page: the final response after redirects, or `notModified` when the validators still hold (a 304 costs
/// no parse).
public struct FetchedResponse: Sendable {
    public let requestedURL: String
    /// Where the body came from, after redirects.
    public let url: String
    public let status: Int
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]
    public var notModified: Bool { status == 304 }
    /// Requests this page cost, retries, throttled waits and redirects included.
    public let requests: Int

    public init(
        requestedURL: String, url: String, status: Int, headers: [(name: String, value: String)], body: [UInt8],
        requests: Int
    ) {
        self.requestedURL = requestedURL
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.requests = requests
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
