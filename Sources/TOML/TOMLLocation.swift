/// Where something was written in a TOML file, so that configuration errors found long after parsing (an unknown
/// key, a bad URL) can still point the operator at the exact line to fix.
public struct TOMLLocation: Sendable, Hashable, CustomStringConvertible {
    /// The name the document was parsed under (usually its path, e.g. `agencies/iitp.toml`).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars so that a Korean character is one column, as in an editor.
    public var column: Int

    /// Creates a location; `line` and `column` are 1-based.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers use and editors can jump to.
    public var description: String { "\(file):\(line):\(column)" }

    /// `line:column`, for pointing at another place in the same file ("first defined at 3:1").
    var lineAndColumn: String { "\(line):\(column)" }
}
