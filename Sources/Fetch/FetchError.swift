/// A page that could not be fetched, with everything an operator needs to see why: the source and agency, the URL,
/// the attempt it failed on, the HTTP status or libcurl code, and what happened.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// robots.txt forbids the URL; nothing was requested.
        case disallowed
        /// An HTTP status that is final or kept failing (404, 500 three times …).
        case http
        /// Timeouts or connection failures on every attempt.
        case transport
        /// The body passed the size cap.
        case tooLarge
        /// A redirect to a host the source does not allow, a redirect loop or too many hops.
        case redirect
        /// The host kept answering 429/503, or the shared rate limit would make us wait too long.
        case throttled
        /// A service the fetcher depends on did not answer (the shared rate limit's Redis): nothing was requested,
        /// and a later try may well succeed.
        case unavailable
        /// Anything else (TLS, a malformed URL).
        case other
    }

    public var kind: Kind
    public var source: String
    public var agency: String?
    public var url: String
    public var attempt: Int
    public var status: Int?
    public var curlCode: Int?
    public var message: String

    public init(
        kind: Kind, source: String, agency: String?, url: String, attempt: Int, status: Int? = nil,
        curlCode: Int? = nil, message: String
    ) {
        self.kind = kind
        self.source = source
        self.agency = agency
        self.url = url
        self.attempt = attempt
        self.status = status
        self.curlCode = curlCode
        self.message = message
    }

    public var description: String {
        var parts = [
            "\(source)\(agency.map { " (\($0))" } ?? ""): \(kind.rawValue) fetching \(url)", "attempt \(attempt)",
        ]
        if let status { parts.append("HTTP \(status)") }
        if let curlCode { parts.append("curl \(curlCode)") }
        parts.append(message)
        return parts.joined(separator: ", ")
    }
}
