/// Optional accessors, so configuration code can write `table["max_pages"]?.integerValue` and report a type mismatch
/// itself (with the key's location) instead of pattern-matching every value.
extension TOMLValue {
    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The integer, if this is an integer.
    public var integerValue: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The number as a `Double` if this is a float or an integer: `rate = 2` and `rate = 2.0` both mean two, and
    /// operators should not have to know which one the schema wanted.
    public var doubleValue: Double? {
        switch self {
        case .float(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The boolean, if this is a boolean.
    public var boolValue: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The date/time, if this is one of the four date/time kinds.
    public var dateTimeValue: TOMLDateTime? {
        if case .dateTime(let value) = self { value } else { nil }
    }

    /// The elements, if this is an array (including an array of tables).
    public var arrayValue: [TOMLValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The table, if this is a table or an inline table.
    public var tableValue: TOMLTable? {
        if case .table(let value) = self { value } else { nil }
    }
}
