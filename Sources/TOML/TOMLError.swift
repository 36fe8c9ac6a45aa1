/// Why a TOML document was rejected and where, so the operator editing `agencies/*.toml` sees
/// `agencies/iitp.toml:14:7: invalid escape '\q'` instead of a generic failure.
public struct TOMLError: Error, Sendable, CustomStringConvertible {
    /// The kind of problem, for callers (and tests) that need more than the message; new codes may be added.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// A short stable name, e.g. `duplicateKey`.
        public let name: String

        init(_ name: String) { self.name = name }

        /// Something other than what the grammar allows here: a missing `=`, a stray character, a bad key.
        public static let syntax = Code("syntax")
        /// A string, array or inline table that the file ends (or the line ends) inside.
        public static let unterminated = Code("unterminated")
        /// A bad escape sequence or a control character inside a string.
        public static let invalidString = Code("invalidString")
        /// A malformed or out-of-range integer or float.
        public static let invalidNumber = Code("invalidNumber")
        /// A malformed or out-of-range date, time or date-time.
        public static let invalidDateTime = Code("invalidDateTime")
        /// The same key assigned twice in one table.
        public static let duplicateKey = Code("duplicateKey")
        /// A table, array of tables or inline table defined again or extended where TOML forbids it.
        public static let redefinition = Code("redefinition")
        /// Arrays or inline tables nested deeper than the parser accepts.
        public static let nestingTooDeep = Code("nestingTooDeep")

        /// The name.
        public var description: String { name }
    }

    /// The kind of problem.
    public let code: Code
    /// Where the problem was found.
    public let location: TOMLLocation
    /// What is wrong, naming the key where there is one, e.g. `duplicate key 'title' (first defined at 3:1)`.
    public let message: String

    /// Creates an error; parsers outside this module (e.g. schema validation) may reuse the type for their messages.
    public init(_ code: Code, at location: TOMLLocation, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String { "\(location): \(message)" }
}
