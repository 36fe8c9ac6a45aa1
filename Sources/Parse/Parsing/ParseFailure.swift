/// A page that cannot be read as what its source promises: a block page, an error page, another kind of page, a
/// list whose rows the configured selector no longer finds. Never reported as "zero programs".
public struct ParseFailure: Error, Sendable, CustomStringConvertible {
    /// Extensible kinds of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The site refused us (tipa.or.kr's "not allowed" page, HTTP 200).
        public static let blocked = Code("blocked page")
        /// The site answered an error page instead of the content (often with HTTP 200).
        public static let errorPage = Code("error page")
        /// The configured selectors found nothing where the page plainly has content: the site changed.
        public static let layoutChanged = Code("layout changed")
        /// Not the kind of page expected (a PDF, a JSON error, an empty body).
        public static let wrongContent = Code("wrong content")
        /// Bytes that cannot be read at all (undecodable JSON, unknown charset).
        public static let malformed = Code("malformed")

        public var description: String { name }
    }

    public var code: Code
    public var source: String
    public var url: String
    /// The rule (and its expression) that found nothing, when that is the problem.
    public var selector: String?
    public var message: String

    public init(code: Code, source: String, url: String, selector: String? = nil, message: String) {
        self.code = code
        self.source = source
        self.url = url
        self.selector = selector
        self.message = message
    }

    public var description: String {
        "\(source) \(url): \(code): \(message)\(selector.map { " (selector \($0))" } ?? "")"
    }
}
