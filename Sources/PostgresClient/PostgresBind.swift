/// One statement parameter as libpq receives it: a type OID (0 lets the server infer it from context) and the value
/// in PostgreSQL's text format, or nil for SQL NULL. Text format everywhere keeps one encoding for both bound
/// parameters and COPY rows.
public struct PostgresBind: Sendable, Hashable {
    public var typeOID: UInt32
    public var text: String?

    public init(typeOID: UInt32, text: String?) {
        self.typeOID = typeOID
        self.text = text
    }

    public static func null(typeOID: UInt32) -> PostgresBind { PostgresBind(typeOID: typeOID, text: nil) }
}

/// Well-known type OIDs from `pg_type`, for the types this client binds.
public enum PostgresTypeOID {
    public static let unknown: UInt32 = 0
    public static let bool: UInt32 = 16
    public static let bytea: UInt32 = 17
    public static let int8: UInt32 = 20
    public static let int2: UInt32 = 21
    public static let int4: UInt32 = 23
    public static let text: UInt32 = 25
    public static let float8: UInt32 = 701
    public static let boolArray: UInt32 = 1000
    public static let int2Array: UInt32 = 1005
    public static let int4Array: UInt32 = 1007
    public static let textArray: UInt32 = 1009
    public static let int8Array: UInt32 = 1016
    public static let float8Array: UInt32 = 1022
    public static let timestamptz: UInt32 = 1184
    public static let timestamptzArray: UInt32 = 1185
    public static let date: UInt32 = 1082
    public static let uuid: UInt32 = 2950
    public static let uuidArray: UInt32 = 2951
    public static let jsonb: UInt32 = 3802
}
