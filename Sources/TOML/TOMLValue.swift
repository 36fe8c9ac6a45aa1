/// One TOML value: configuration code switches on it (or uses the accessors in `TOMLValue+Accessors.swift`) to read
/// settings without caring how they were spelled (`0x1F` or `31`, `'...'` or `"..."`).
public enum TOMLValue: Sendable, Equatable {
    /// Any of the four string forms, escapes resolved, CRLF in multi-line strings read as LF.
    case string(String)
    /// TOML integers are 64-bit; larger literals are rejected, not rounded.
    case integer(Int64)
    /// Including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// Any of the four TOML date/time kinds; see `TOMLDateTime.kind`.
    case dateTime(TOMLDateTime)
    /// An array; TOML 1.0 allows its elements to be of different types.
    case array([TOMLValue])
    /// A table: a `[header]` section, a dotted-key group, an inline table or an element of an array of tables.
    case table(TOMLTable)

    /// The TOML name of the value's type ("string", "integer", "local date", ...) for messages such as
    /// "'max_pages' must be an integer, found a string".
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .dateTime(let value): value.kind.typeName
        case .array: "array"
        case .table: "table"
        }
    }

    /// `typeName` with its indefinite article ("an integer", "a string"), for messages.
    var typeNameWithArticle: String {
        let name = typeName
        return (name.first.map { "aeiou".contains($0) } ?? false) ? "an \(name)" : "a \(name)"
    }
}
