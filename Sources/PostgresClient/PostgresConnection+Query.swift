import CLibPQ

extension PostgresConnection {
    /// Runs one statement with its bound parameters and returns all result rows.
    @discardableResult
    public func query(_ query: PostgresQuery) async throws -> PostgresRows {
        try await onQueue { handle in try Self.run(query, on: handle) }
    }

    /// Runs SQL text that may hold several statements and no parameters (migrations, scripts), in the simple query
    /// protocol. Only for text the program itself carries, never for data.
    public func execute(script sql: String) async throws {
        try await onQueue { handle in
            let conn = try handle.live()
            let result = PQexec(conn, sql)
            defer { PQclear(result) }
            _ = try ResultReader.check(result, conn: conn, handle: handle, query: sql)
        }
    }

    static func run(_ query: PostgresQuery, on handle: ConnectionHandle) throws -> PostgresRows {
        // libpq takes parameters as C strings: a NUL would silently cut the value short. PostgreSQL text cannot
        // hold NUL anyway, so refuse it with the parameter's position.
        if let position = query.binds.firstIndex(where: { $0.text?.utf8.contains(0) ?? false }) {
            throw PostgresError(
                code: .invalidParameter, message: "parameter $\(position + 1) contains a NUL character",
                query: query.sql, target: handle.target)
        }
        let conn = try handle.live()
        let types = query.binds.map { Oid($0.typeOID) }
        let result = CStringArray.with(query.binds.map(\.text)) { values in
            types.withUnsafeBufferPointer { typePointer in
                PQexecParams(
                    conn, query.sql, Int32(query.binds.count), typePointer.baseAddress, values, nil, nil, 0)
            }
        }
        defer { PQclear(result) }
        return try ResultReader.check(result, conn: conn, handle: handle, query: query.sql)
    }
}

/// Turns a `PGresult` into rows or a `PostgresError`; the result is cleared by the caller.
enum ResultReader {
    // Diagnostic field codes from postgres_ext.h (single characters in C).
    private static let sqlStateField: Int32 = 67  // 'C'
    private static let primaryField: Int32 = 77  // 'M'
    private static let detailField: Int32 = 68  // 'D'
    private static let hintField: Int32 = 72  // 'H'
    private static let tableField: Int32 = 116  // 't'
    private static let columnField: Int32 = 99  // 'c'
    private static let constraintField: Int32 = 110  // 'n'

    static func check(
        _ result: OpaquePointer?, conn: OpaquePointer, handle: ConnectionHandle, query: String
    ) throws -> PostgresRows {
        guard let result else {
            throw lost(conn: conn, handle: handle, query: query)
        }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_SINGLE_TUPLE:
            return rows(result, query: query)
        case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR, PGRES_BAD_RESPONSE:
            throw serverError(result, conn: conn, handle: handle, query: query)
        default:
            let status = String(cString: PQresStatus(PQresultStatus(result)))
            throw PostgresError(
                code: .server, message: "unexpected result status \(status)", query: query, target: handle.target)
        }
    }

    static func serverError(
        _ result: OpaquePointer, conn: OpaquePointer, handle: ConnectionHandle, query: String
    ) -> PostgresError {
        func field(_ code: Int32) -> String? {
            PQresultErrorField(result, code).map { String(cString: $0) }
        }
        guard let sqlState = field(sqlStateField) else {
            // No SQLSTATE: the failure came from libpq itself, usually a broken connection.
            return lost(conn: conn, handle: handle, query: query)
        }
        return PostgresError(
            code: .server, message: field(primaryField) ?? ConnectionHandle.message(conn), sqlState: sqlState,
            detail: field(detailField), hint: field(hintField), constraint: field(constraintField),
            table: field(tableField), column: field(columnField), query: query, target: handle.target)
    }

    static func lost(conn: OpaquePointer, handle: ConnectionHandle, query: String) -> PostgresError {
        let code: PostgresError.Code = PQstatus(conn) == CONNECTION_BAD ? .connectionLost : .server
        return PostgresError(code: code, message: ConnectionHandle.message(conn), query: query, target: handle.target)
    }

    static func rows(_ result: OpaquePointer, query: String) -> PostgresRows {
        let rowCount = Int(PQntuples(result))
        let fieldCount = Int(PQnfields(result))
        let columns = (0..<fieldCount).map { String(cString: PQfname(result, Int32($0))) }
        var values: [[String?]] = []
        values.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            var rowValues: [String?] = []
            rowValues.reserveCapacity(fieldCount)
            for field in 0..<Int32(fieldCount) {
                if PQgetisnull(result, row, field) == 1 {
                    rowValues.append(nil)
                } else {
                    let length = Int(PQgetlength(result, row, field))
                    let bytes = UnsafeRawPointer(PQgetvalue(result, row, field)).map {
                        UnsafeRawBufferPointer(start: $0, count: length)
                    }
                    rowValues.append(bytes.map { String(decoding: $0, as: UTF8.self) } ?? "")
                }
            }
            values.append(rowValues)
        }
        let tuples = PQcmdTuples(result).map { String(cString: $0) } ?? ""
        let tag = PQcmdStatus(result).map { String(cString: $0) } ?? ""
        return PostgresRows(
            columns: columns, values: values, affectedRows: Int(tuples), commandTag: tag, query: query)
    }
}
