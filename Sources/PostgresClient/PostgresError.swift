/// Every failure of the PostgreSQL client, with the server's diagnostics (SQLSTATE, message, detail, constraint) and
/// our context (the SQL text, never its bound values; the URL with its password masked), so a log line is enough to
/// act on.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; extensible, so match with `==` rather than an exhaustive switch.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidURL = "invalid URL"
            case connectionFailed = "connection failed"
            case connectionLost = "connection lost"
            case server = "server error"
            case copyFailed = "COPY failed"
            case decoding = "decoding failed"
            case invalidParameter = "invalid parameter"
            case closed = "connection closed"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The URL could not be understood by libpq.
        public static let invalidURL = Code(.invalidURL)
        /// The server could not be reached or refused the login.
        public static let connectionFailed = Code(.connectionFailed)
        /// The connection broke while a command was in flight.
        public static let connectionLost = Code(.connectionLost)
        /// The server rejected a statement; `sqlState` says why.
        public static let server = Code(.server)
        /// A bulk load through COPY failed on the client side.
        public static let copyFailed = Code(.copyFailed)
        /// A result value could not be turned into the requested Swift type.
        public static let decoding = Code(.decoding)
        /// A bound value cannot be sent (PostgreSQL text cannot hold NUL characters).
        public static let invalidParameter = Code(.invalidParameter)
        /// The connection was closed by `close()`.
        public static let closed = Code(.closed)

        public var description: String { base.rawValue }
    }

    public var code: Code
    /// The five-character SQLSTATE (e.g. `23505` for a unique violation) when the server sent one.
    public var sqlState: String?
    /// The server's primary message, or libpq's when the failure is on the client side.
    public var message: String
    public var detail: String?
    public var hint: String?
    /// The constraint, table and column the server blamed, when it named them.
    public var constraint: String?
    public var table: String?
    public var column: String?
    /// The SQL text of the failed statement (values are bound separately and never appear here).
    public var query: String?
    /// The connection target with any password masked.
    public var target: String?

    public init(
        code: Code, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
        constraint: String? = nil, table: String? = nil, column: String? = nil, query: String? = nil,
        target: String? = nil
    ) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.constraint = constraint
        self.table = table
        self.column = column
        self.query = query
        self.target = target
    }

    public var description: String {
        var text = "PostgreSQL \(code)"
        if let sqlState { text += " [\(sqlState)]" }
        if let target { text += " at \(target)" }
        text += ": \(message)"
        if let detail { text += " (\(detail))" }
        if let constraint { text += " constraint \(constraint)" }
        if let query { text += " in query: \(Self.abbreviate(query))" }
        return text
    }

    private static func abbreviate(_ sql: String) -> String {
        let flat = sql.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        return flat.count > 160 ? String(flat.prefix(160)) + "…" : flat
    }
}
