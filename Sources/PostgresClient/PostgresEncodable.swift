import Foundation

/// A Swift value that can be bound as a statement parameter. Conforming types render themselves in PostgreSQL's text
/// format; the value travels separately from the SQL text, so it can never change the statement.
public protocol PostgresEncodable: Sendable {
    /// The parameter's type; also used for NULL when the value is an absent optional.
    static var postgresTypeOID: UInt32 { get }
    /// The value in PostgreSQL's text input format.
    var postgresText: String { get }
}

extension PostgresEncodable {
    /// The bind for this value.
    public var postgresBind: PostgresBind { PostgresBind(typeOID: Self.postgresTypeOID, text: postgresText) }
}

/// Element types that may appear in a bound array, with the OID of the array type.
public protocol PostgresArrayElement: PostgresEncodable {
    static var postgresArrayTypeOID: UInt32 { get }
}

extension String: PostgresArrayElement {
    /// Unknown (not `text`) so the server can infer `jsonb`, `date`, an enum or `text` from where the value goes.
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.unknown }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.textArray }
    public var postgresText: String { self }
}

extension Int: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.int8 }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.int8Array }
    public var postgresText: String { String(self) }
}

extension Int64: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.int8 }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.int8Array }
    public var postgresText: String { String(self) }
}

extension Int32: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.int4 }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.int4Array }
    public var postgresText: String { String(self) }
}

extension Int16: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.int2 }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.int2Array }
    public var postgresText: String { String(self) }
}

extension Bool: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.bool }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.boolArray }
    public var postgresText: String { self ? "t" : "f" }
}

extension Double: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.float8 }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.float8Array }
    public var postgresText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return "\(self)"
    }
}

extension UUID: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.uuid }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.uuidArray }
    public var postgresText: String { uuidString.lowercased() }
}

extension Date: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.timestamptz }
    public static var postgresArrayTypeOID: UInt32 { PostgresTypeOID.timestamptzArray }
    /// An explicit UTC offset, so the session's TimeZone setting cannot shift the instant.
    public var postgresText: String { PostgresTimestamp.format(self) }
}

extension Data: PostgresEncodable {
    public static var postgresTypeOID: UInt32 { PostgresTypeOID.bytea }
    /// bytea's hex input format.
    public var postgresText: String { PostgresBytea.hexText(self) }
}

extension Array: PostgresEncodable where Element: PostgresArrayElement {
    public static var postgresTypeOID: UInt32 { Element.postgresArrayTypeOID }
    public var postgresText: String { PostgresArrayLiteral.encode(map { $0.postgresText }) }
}

/// JSON bound as `jsonb`. Holds the JSON text as it will be sent; `init(encoding:)` makes it from any Encodable.
public struct PostgresJSON: PostgresEncodable, Hashable {
    public var text: String

    public init(text: String) { self.text = text }

    public init<Value: Encodable>(encoding value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.text = String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static var postgresTypeOID: UInt32 { PostgresTypeOID.jsonb }
    public var postgresText: String { text }
}

extension Optional where Wrapped: PostgresEncodable {
    /// The bind for an optional: NULL of the wrapped type when absent.
    public var postgresBind: PostgresBind {
        switch self {
        case .some(let value): value.postgresBind
        case .none: .null(typeOID: Wrapped.postgresTypeOID)
        }
    }
}
