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
    /// A list page's rows that have an id, followed and skipped alike, once each: what the crawler remembers.
    public var rows: [ListRow]

    public init(
        programs: [Program] = [], followUps: [FollowUpRequest] = [], skipped: Int = 0,
        problems: [ParseProblem] = [], pageCount: Int? = nil, rows: [ListRow] = []
    ) {
        self.programs = programs
        self.followUps = followUps
        self.skipped = skipped
        self.problems = problems
        self.pageCount = pageCount
        self.rows = rows
    }
}

/// One row of a list page as the crawler remembers it between crawls (`list_rows_seen`): its id and a digest of what
/// it showed. A later crawl follows only rows that are new or changed and stops at the first page with nothing new —
/// which needs the rows a parser skips (another agency's call on IRIS/NTIS, test junk) as much as the followed ones,
/// or every page holding a skipped row would look new forever.
public struct ListRow: Sendable, Hashable {
    /// The row's id; for a followed row the same as its follow-up's `context["id"]`, so the crawler can match them.
    public var id: String
    /// `ListRow.digest(of:)` of the row's own text fields (title, dates, status, agency …), never of the page URL or
    /// the row's position, so the same row on another page or at another place digests the same.
    public var digest: String
    /// Whether the parser left the row out (not followed, no program).
    public var skipped: Bool

    public init(id: String, digest: String, skipped: Bool = false) {
        self.id = id
        self.digest = digest
        self.skipped = skipped
    }

    /// A row from the fields it shows, by rule name.
    public init(id: String, shown: [String: String], skipped: Bool = false) {
        self.init(id: id, digest: Self.digest(of: shown), skipped: skipped)
    }

    /// FNV-128 (`ContentDigest`) of the fields as sorted `name=value` lines: stable across runs and platforms.
    public static func digest(of shown: [String: String]) -> String {
        // `key=value` lines joined by newlines, written as bytes (every row of every list page is digested).
        var bytes: [UInt8] = []
        for (key, value) in shown.sorted(by: { $0.key < $1.key }) {
            if !bytes.isEmpty { bytes.append(0x0A) }  // every line has at least its `=`
            bytes += key.utf8
            bytes.append(UInt8(ascii: "="))
            bytes += value.utf8
        }
        return ContentDigest.hex(bytes)
    }
}

extension ParseResult {
    /// A followed row: its detail request, and the row under the request's `context["id"]` with the fields it
    /// `shown` — by default the context, which is what the row said; a parser passes less when the context also
    /// holds what it derived rather than read (a tab taken from the page URL).
    mutating func follow(_ request: FollowUpRequest, shown: [String: String]? = nil) {
        followUps.append(request)
        if let id = request.context["id"] { remember(ListRow(id: id, shown: shown ?? request.context)) }
    }

    /// A row left out on purpose: counted in `skipped` and remembered, so the crawler knows it has seen it.
    mutating func skip(id: String, shown: [String: String]) {
        skipped += 1
        remember(ListRow(id: id, shown: shown, skipped: true))
    }

    /// A row a list cannot follow because its source names no detail source: skipped, with a problem saying so.
    mutating func skipWithoutDetail(id: String, shown: [String: String]) {
        skip(id: id, shown: shown)
        problems.append(ParseProblem(field: "detail", message: "no detail source to follow", item: id))
    }

    /// Adds `row` unless a row with its id is already there (a list repeating a call lists it once).
    mutating func remember(_ row: ListRow) {
        guard !rows.contains(where: { $0.id == row.id }) else { return }
        rows.append(row)
    }
}
