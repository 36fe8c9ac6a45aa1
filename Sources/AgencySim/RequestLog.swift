import Foundation

/// One request the simulator answered, for tests that check politeness (requests per minute per host) and
/// incrementality (how many requests a run made, how many were conditional).
public struct LoggedRequest: Sendable, Codable {
    public let time: Date
    public let method: String
    public let host: String
    public let path: String
    public let query: String
    /// The form body's fields for a POST.
    public let form: [String: String]
    /// Headers of interest: User-Agent, Referer, Cookie, If-None-Match, If-Modified-Since, X-Requested-With,
    /// Accept-Encoding, Content-Type.
    public let headers: [String: String]
    public let status: Int
    public let bodyBytes: Int
    /// The faults applied to this request, by kind.
    public let faults: [String]

    static let headersOfInterest = [
        "user-agent", "referer", "cookie", "if-none-match", "if-modified-since", "x-requested-with", "accept-encoding",
        "content-type",
    ]
}

extension Scenario.Fault {
    var kindName: String {
        switch self {
        case .latency: "latency"
        case .drip: "drip"
        case .status(let status, _): "status \(status)"
        case .reset: "reset"
        case .truncate: "truncate"
        case .redirectLoop: "redirect_loop"
        case .redirect: "redirect"
        case .gzip: "gzip"
        case .charset: "charset"
        case .largeBody: "large_body"
        case .errorPage: "error_page"
        case .pdf: "pdf"
        case .sizedPage: "sized_page"
        }
    }
}
