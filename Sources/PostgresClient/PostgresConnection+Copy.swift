import CLibPQ

extension PostgresConnection {
    /// Bulk-loads rows with `COPY table (columns) FROM STDIN` — one round trip for thousands of rows, where INSERTs
    /// would cost one each. Each row holds one bind per column (NULL allowed). Returns the number of rows copied.
    /// The rows are encoded before the load starts, so the statement either loads all of them or none.
    @discardableResult
    public func copy(
        into table: String, columns: [String], rows: some Sequence<[PostgresBind]>
    ) async throws -> Int {
        let columnList = columns.map(PostgresIdentifier.quote).joined(separator: ", ")
        let sql = "COPY \(PostgresIdentifier.quote(table)) (\(columnList)) FROM STDIN"
        var chunks: [[UInt8]] = []
        var chunk: [UInt8] = []
        chunk.reserveCapacity(Self.copyChunkSize + 4096)
        var rowNumber = 0
        for row in rows {
            rowNumber += 1
            guard row.count == columns.count else {
                throw PostgresError(
                    code: .copyFailed,
                    message: "row \(rowNumber) has \(row.count) values for \(columns.count) columns", query: sql,
                    target: target)
            }
            CopyTextFormat.append(row, to: &chunk)
            if chunk.count >= Self.copyChunkSize {
                chunks.append(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        let encoded = chunks
        return try await onQueue { handle in try Self.runCopy(sql, chunks: encoded, on: handle) }
    }

    private static let copyChunkSize = 256 * 1024

    private static func runCopy(_ sql: String, chunks: [[UInt8]], on handle: ConnectionHandle) throws -> Int {
        let conn = try handle.live()
        let start = PQexec(conn, sql)
        defer { PQclear(start) }
        guard let start, PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try ResultReader.check(start, conn: conn, handle: handle, query: sql)
            throw PostgresError(
                code: .copyFailed, message: "server did not enter COPY IN mode", query: sql, target: handle.target)
        }
        var sendFailure: String?
        for chunk in chunks {
            let sent = chunk.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(conn, $0.baseAddress, Int32($0.count)) }
            }
            if sent != 1 {
                sendFailure = ConnectionHandle.message(conn)
                break
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

/// COPY's text format: tab-separated columns, newline-terminated rows, `\N` for NULL, backslash escapes for the
/// characters that would otherwise end a column or row.
enum CopyTextFormat {
    static func append(_ row: [PostgresBind], to buffer: inout [UInt8]) {
        for (position, bind) in row.enumerated() {
            if position > 0 { buffer.append(9) }
            guard let text = bind.text else {
                buffer.append(contentsOf: [92, 78])
                continue
            }
            for byte in text.utf8 {
                switch byte {
                case 92: buffer.append(contentsOf: [92, 92])
                case 10: buffer.append(contentsOf: [92, 110])
                case 13: buffer.append(contentsOf: [92, 114])
                case 9: buffer.append(contentsOf: [92, 116])
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(10)
    }
}
