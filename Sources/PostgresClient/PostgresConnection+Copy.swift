import CLibPQ

extension PostgresConnection {
    /// Bulk-loads rows with `COPY table (columns) FROM STDIN` — one round trip for thousands of rows, where INSERTs
    /// would cost one each. Each row holds one bind per column (NULL allowed). Returns the number of rows copied.
    /// The rows are encoded before the load starts, so the statement either loads all of them or none.
    @discardableResult
    public func copy(
        into table: String, columns: [String], rows: some Sequence<[PostgresBind]>
    ) async throws -> Int {
        var encoded = CopyTextRows()
        for row in rows { encoded.append(row) }
        return try await copy(into: table, columns: columns, encoded: encoded)
    }

    /// Loads rows encoded beforehand (see `CopyTextRows`), checked against `columns` before anything is sent.
    @discardableResult
    public func copy(into table: String, columns: [String], encoded rows: CopyTextRows) async throws -> Int {
        let columnList = columns.map(PostgresIdentifier.quote).joined(separator: ", ")
        let sql = "COPY \(PostgresIdentifier.quote(table)) (\(columnList)) FROM STDIN"
        if let (rowNumber, width) = rows.firstRow(notOfWidth: columns.count) {
            throw PostgresError(
                code: .copyFailed, message: "row \(rowNumber) has \(width) values for \(columns.count) columns",
                query: sql, target: target)
        }
        let bytes = rows.bytes
        return try await onQueue { handle in try Self.runCopy(sql, bytes: bytes, on: handle) }
    }

    private static let copyChunkSize = 256 * 1024

    private static func runCopy(_ sql: String, bytes: [UInt8], on handle: ConnectionHandle) throws -> Int {
        let conn = try handle.live()
        let start = PQexec(conn, sql)
        defer { PQclear(start) }
        guard let start, PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try ResultReader.check(start, conn: conn, handle: handle, query: sql)
            throw PostgresError(
                code: .copyFailed, message: "server did not enter COPY IN mode", query: sql, target: handle.target)
        }
        var sendFailure: String?
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { all in
                for start in stride(from: 0, to: all.count, by: copyChunkSize) {
                    let count = min(copyChunkSize, all.count - start)
                    if PQputCopyData(conn, all.baseAddress! + start, Int32(count)) != 1 {
                        sendFailure = ConnectionHandle.message(conn)
                        break
                    }
                }
            }
        }
        // Ending with an error message makes the server abort the COPY, so a half-sent load never commits.
        let ended = sendFailure.map { PQputCopyEnd(conn, $0) } ?? PQputCopyEnd(conn, nil)
        var outcome: Result<Int, PostgresError> = .success(0)
        if ended != 1 {
            outcome = .failure(ResultReader.lost(conn: conn, handle: handle, query: sql))
        }
        // Drain every result until NULL, keeping the first failure.
        while let result = PQgetResult(conn) {
            defer { PQclear(result) }
            if case .success = outcome {
                do {
                    let rows = try ResultReader.check(result, conn: conn, handle: handle, query: sql)
                    outcome = .success(rows.affectedRows ?? 0)
                } catch let error as PostgresError {
                    outcome = .failure(error)
                }
            }
        }
        if let sendFailure, case .success = outcome {
            outcome = .failure(
                PostgresError(code: .copyFailed, message: sendFailure, query: sql, target: handle.target))
        }
        return try outcome.get()
    }
}

/// Rows in COPY's text format, encoded apart from the load: encoding is the client's share of a COPY, and a caller
/// that builds the rows while its connection runs another statement takes it off the critical path. Rows are
/// checked against the statement's columns when loaded, as `copy(into:columns:rows:)` checks them.
public struct CopyTextRows: Sendable {
    var bytes: [UInt8] = []
    public private(set) var count = 0
    private var width: Int?
    private var oddRow: (number: Int, width: Int)?

    public init(reservingBytes capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func append(_ row: [PostgresBind]) {
        CopyTextFormat.append(row, to: &bytes)
        bytes.append(10)
        counted(width: row.count)
    }

    /// A row made of `leading` values followed by fields encoded earlier, e.g. an id known only at the last moment
    /// before the rest of a row encoded while waiting for it.
    public mutating func append(_ leading: [PostgresBind], _ rest: CopyTextFields) {
        CopyTextFormat.append(leading, to: &bytes)
        if !leading.isEmpty, rest.count > 0 { bytes.append(9) }
        bytes.append(contentsOf: rest.bytes)
        bytes.append(10)
        counted(width: leading.count + rest.count)
    }

    private mutating func counted(width rowWidth: Int) {
        count += 1
        if width == nil { width = rowWidth }
        if rowWidth != width, oddRow == nil { oddRow = (count, rowWidth) }
    }

    /// The first row (1-based) whose number of values is not `columns`, with its width.
    func firstRow(notOfWidth columns: Int) -> (Int, Int)? {
        if let width, width != columns { return (1, width) }
        return oddRow
    }
}

/// Some of a row's fields in COPY's text format, to be completed by `CopyTextRows.append(_:_:)`.
public struct CopyTextFields: Sendable {
    let bytes: [UInt8]
    public let count: Int
    public var byteCount: Int { bytes.count }

    public init(_ values: [PostgresBind]) {
        var bytes: [UInt8] = []
        CopyTextFormat.append(values, to: &bytes)
        self.bytes = bytes
        self.count = values.count
    }
}

/// COPY's text format: tab-separated columns, newline-terminated rows, `\N` for NULL, backslash escapes for the
/// characters that would otherwise end a column or row.
enum CopyTextFormat {
    /// The row's fields, tab-separated, without the row's newline.
    static func append(_ row: [PostgresBind], to buffer: inout [UInt8]) {
        for (position, bind) in row.enumerated() {
            if position > 0 { buffer.append(9) }
            guard var text = bind.text else {
                buffer.append(92)
                buffer.append(78)
                continue
            }
            // Runs between the rare bytes that need escaping are copied whole: a program row is kilobytes of text.
            text.withUTF8 { bytes in
                var runStart = 0
                for index in bytes.indices {
                    let byte = bytes[index]
                    guard byte <= 92 else { continue }
                    let escape: UInt8
                    switch byte {
                    case 92: escape = 92
                    case 10: escape = 110
                    case 13: escape = 114
                    case 9: escape = 116
                    default: continue
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    buffer.append(92)
                    buffer.append(escape)
                    runStart = index + 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }
    }
}
