/// A statement's complete result, copied out of libpq (so no C memory outlives the call): column names, rows of
/// text values, and the command tag's row count.
public struct PostgresRows: Sendable, RandomAccessCollection {
    public let columns: [String]
    public let rows: [PostgresRow]
    /// Rows inserted, updated, deleted or copied, from the command tag; nil for commands that report none.
    public let affectedRows: Int?
    /// The server's command tag, e.g. `INSERT 0 3` or `ROLLBACK`.
    public let commandTag: String

    init(columns: [String], values: [[String?]], affectedRows: Int?, commandTag: String, query: String) {
        let index = ColumnIndex(columns: columns, query: query)
        self.columns = columns
        self.rows = values.map { PostgresRow(index: index, values: $0) }
        self.affectedRows = affectedRows
        self.commandTag = commandTag
    }

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }
    public subscript(position: Int) -> PostgresRow { rows[position] }
}

/// Column names → positions, shared by all rows of a result.
final class ColumnIndex: Sendable {
    let columns: [String]
    let positions: [String: Int]
    let query: String

    init(columns: [String], query: String) {
        self.columns = columns
        var positions: [String: Int] = [:]
        for (position, name) in columns.enumerated() where positions[name] == nil { positions[name] = position }
        self.positions = positions
        self.query = query
    }
}

/// One result row. Values are read by column name or position into any `PostgresDecodable` type; a NULL read as a
/// non-optional type, an unknown column, or text that is not of the type is a `.decoding` error naming the column.
public struct PostgresRow: Sendable {
    let index: ColumnIndex
    /// The raw text values, nil for NULL.
    public let values: [String?]

    public var columns: [String] { index.columns }

    /// The value of `column`, which must not be NULL.
    public func decode<Value: PostgresDecodable>(_ type: Value.Type, _ column: String) throws -> Value {
        guard let value = try decode(Value?.self, column) else {
            throw decodingError("column '\(column)' is NULL, expected \(Value.self)")
        }
        return value
    }

    /// The value of `column`, nil when NULL.
    public func decode<Value: PostgresDecodable>(_ type: Value?.Type, _ column: String) throws -> Value? {
        guard let position = index.positions[column] else {
            throw decodingError("no column '\(column)' in result (columns: \(index.columns.joined(separator: ", ")))")
        }
        return try decode(Value?.self, at: position)
    }

    /// The value at `position` (0-based), which must not be NULL.
    public func decode<Value: PostgresDecodable>(_ type: Value.Type, at position: Int) throws -> Value {
        guard let value = try decode(Value?.self, at: position) else {
            throw decodingError("column \(position) is NULL, expected \(Value.self)")
        }
        return value
    }

    /// The value at `position` (0-based), nil when NULL.
    public func decode<Value: PostgresDecodable>(_ type: Value?.Type, at position: Int) throws -> Value? {
        guard values.indices.contains(position) else {
            throw decodingError("column \(position) out of range (\(values.count) columns)")
        }
        guard let text = values[position] else { return nil }
        guard let value = Value(postgresText: text) else {
            let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
            throw decodingError("column '\(index.columns[position])' value '\(shown)' is not a \(Value.self)")
        }
        return value
    }

    private func decodingError(_ message: String) -> PostgresError {
        PostgresError(code: .decoding, message: message, query: index.query)
    }
}
