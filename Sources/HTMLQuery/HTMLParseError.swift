/// Why an HTML page could not be turned into a document, with the page's URL and the underlying diagnostic.
///
/// Shaped like postgres-nio's `PSQLError`: a struct with an extensible ``Code`` rather than an enum, so new failure
/// kinds can be added without breaking callers that switch over codes.
public struct HTMLParseError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure; compare against the static members (`error.code == .emptyDocument`).
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: Sendable, Hashable {
            case emptyDocument
            case unsupportedCharset
            case parseFailed
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The response body had no bytes (or only a byte-order mark): usually a fetch problem, not an empty list.
        public static let emptyDocument = Code(.emptyDocument)
        /// The bytes need a character set this system cannot decode (for example glibc's gconv modules are missing).
        public static let unsupportedCharset = Code(.unsupportedCharset)
        /// libxml2 produced no document at all, even in recovery mode.
        public static let parseFailed = Code(.parseFailed)

        /// The code's name, for logs.
        public var description: String {
            switch self.base {
            case .emptyDocument: "emptyDocument"
            case .unsupportedCharset: "unsupportedCharset"
            case .parseFailed: "parseFailed"
            }
        }
    }

    /// What went wrong.
    public var code: Code
    /// The page's URL, when the caller passed one.
    public var url: String?
    /// A human-readable diagnostic (libxml2's message for ``Code/parseFailed``).
    public var message: String
    /// The character set involved, for ``Code/unsupportedCharset``.
    public var charset: String?

    init(code: Code, url: String?, message: String, charset: String? = nil) {
        self.code = code
        self.url = url
        self.message = message
        self.charset = charset
    }

    /// One line with the code, message, charset and URL, for logs.
    public var description: String {
        var parts = ["code: \(self.code)", "message: \(self.message)"]
        if let charset = self.charset {
            parts.append("charset: \(charset)")
        }
        if let url = self.url {
            parts.append("url: \(url)")
        }
        return "HTMLParseError(\(parts.joined(separator: ", ")))"
    }
}
