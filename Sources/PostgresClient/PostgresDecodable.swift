import Foundation

/// A Swift type that a result column can be read as. Results arrive in PostgreSQL's text format; each type parses
/// the server's text and says clearly when it cannot.
public protocol PostgresDecodable: Sendable {
    /// Parses a non-NULL column value; returns nil when the text is not a value of this type.
    init?(postgresText: String)
}

extension String: PostgresDecodable {
    public init?(postgresText: String) { self = postgresText }
}

extension Int: PostgresDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int64: PostgresDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int32: PostgresDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int16: PostgresDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Bool: PostgresDecodable {
    public init?(postgresText: String) {
        switch postgresText {
        case "t", "true": self = true
        case "f", "false": self = false
        default: return nil
        }
    }
}

extension Double: PostgresDecodable {
    public init?(postgresText: String) {
        switch postgresText {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default: self.init(postgresText)
        }
    }
}

extension UUID: PostgresDecodable {
    public init?(postgresText: String) { self.init(uuidString: postgresText) }
}

extension Date: PostgresDecodable {
    /// Reads `timestamptz` (any offset), and `timestamp`/`date` as UTC.
    public init?(postgresText: String) {
        guard let date = PostgresTimestamp.parse(postgresText) else { return nil }
        self = date
    }
}

extension Data: PostgresDecodable {
    /// Reads bytea in hex format (the server default since 9.0).
    public init?(postgresText: String) {
        guard let bytes = PostgresBytea.decode(postgresText) else { return nil }
        self.init(bytes)
    }
}

extension PostgresJSON: PostgresDecodable {
    public init?(postgresText: String) { self.init(text: postgresText) }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    /// Reads a one-dimensional array whose elements are all non-NULL.
    public init?(postgresText: String) {
        guard let elements = PostgresArrayLiteral.decode(postgresText) else { return nil }
        var values: [Element] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard let element, let value = Element(postgresText: element) else { return nil }
            values.append(value)
        }
        self = values
    }
}
