import Foundation

/// A page as the fetcher hands it to a parser: bytes exactly as received (after transfer decoding), the URL they
/// came from and the charset the response declared. Parsers never touch the network.
public struct FetchedPage: Sendable {
    public var url: String
    public var bytes: [UInt8]
    public var declaredCharset: String?
    /// For a detail page: what its list row already said (title, dates …), keyed by rule name.
    public var listContext: [String: String]

    /// The `charset` parameter of a Content-Type header (`text/html; charset=EUC-KR` → `EUC-KR`), nil when absent.
    public static func charset(inContentType contentType: String?) -> String? {
        contentType?.split(separator: ";").map { $0.trimmingSpaces() }
            .first { $0.lowercased().hasPrefix("charset=") }.map { String($0.dropFirst(8)) }
    }

    public init(url: String, bytes: [UInt8], declaredCharset: String? = nil, listContext: [String: String] = [:]) {
        self.url = url
        self.bytes = bytes
        self.declaredCharset = declaredCharset
        self.listContext = listContext
    }
}

/// A request a list page asks for next: a detail page, with what the row said about it.
public struct FollowUpRequest: Sendable, Hashable {
    public var source: String
    public var url: String
    public var method: String
    public var form: [String: String]
    public var context: [String: String]

    public init(
        source: String, url: String, method: String = "GET", form: [String: String] = [:],
        context: [String: String] = [:]
    ) {
        self.source = source
        self.url = url
        self.method = method
        self.form = form
        self.context = context
    }
}

/// Something worth an operator's attention that did not stop the page: a row without a date, a field left empty.
public struct ParseProblem: Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var message: String
    public var item: String?

    public init(field: String, message: String, item: String? = nil) {
        self.field = field
        self.message = message
        self.item = item
    }

    public var description: String { "\(item.map { "\($0): " } ?? "")\(field): \(message)" }
}

/// What one page yielded.
public struct ParseResult: Sendable {
    /// Programs read from the page (a detail page gives one; a list page gives one per row of ours).
    public var programs: [Program]
    public var followUps: [FollowUpRequest]
    /// Rows deliberately left out (another agency's call on IRIS/NTIS, test junk), not errors.
    public var skipped: Int
    public var problems: [ParseProblem]
    /// How many pages the list says it has, when it says.
    public var pageCount: Int?

    public init(
        programs: [Program] = [], followUps: [FollowUpRequest] = [], skipped: Int = 0,
        problems: [ParseProblem] = [], pageCount: Int? = nil
    ) {
        self.programs = programs
        self.followUps = followUps
        self.skipped = skipped
        self.problems = problems
        self.pageCount = pageCount
    }
}
