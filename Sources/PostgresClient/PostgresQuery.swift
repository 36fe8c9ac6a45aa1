import Foundation

/// A statement with its parameters. Written as a string literal with interpolations, every interpolated value
/// becomes a `$n` placeholder and a separate bind, so values can never be spliced into SQL text:
///
///     let query: PostgresQuery = "SELECT id FROM programs WHERE title = \(title) AND agency_code = \(agency)"
///
/// Identifiers (table and column names) interpolate as `\(identifier: name)`, quoted. Raw SQL needs the explicit
/// `PostgresQuery(unsafeSQL:)` or `\(unsafeRaw:)`, so the unsafe path is the visible one.
public struct PostgresQuery: Sendable, Hashable, ExpressibleByStringInterpolation {
    public var sql: String
    public var binds: [PostgresBind]

    /// SQL text used as is; `binds` must match its `$n` placeholders.
    public init(unsafeSQL sql: String, binds: [PostgresBind] = []) {
        self.sql = sql
        self.binds = binds
    }

    public init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(unsafeSQL: stringInterpolation.sql, binds: stringInterpolation.binds)
    }

    /// Builds the SQL text and the binds side by side.
    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        public var sql = ""
        public var binds: [PostgresBind] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
            binds.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            append(value.postgresBind)
        }

        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            append(value.postgresBind)
        }

        /// A prepared bind, e.g. one built dynamically.
        public mutating func appendInterpolation(bind: PostgresBind) {
            append(bind)
        }

        /// A table, column or schema name, double-quoted with embedded quotes doubled.
        public mutating func appendInterpolation(identifier: String) {
            sql += PostgresIdentifier.quote(identifier)
        }

        /// SQL text inserted as is. Only for text the program itself wrote, never for data.
        public mutating func appendInterpolation(unsafeRaw text: String) {
            sql += text
        }

        private mutating func append(_ bind: PostgresBind) {
            binds.append(bind)
            sql += "$\(binds.count)"
        }
    }
}

/// Quoting of SQL identifiers.
public enum PostgresIdentifier {
    /// `my "table"` → `"my ""table"""`.
    public static func quote(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
