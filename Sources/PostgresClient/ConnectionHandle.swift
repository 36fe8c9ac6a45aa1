import CLibPQ
import Foundation

/// The libpq connection, owned by one `PostgresConnection` and used only from that connection's serial queue.
///
/// `@unchecked Sendable` is safe because every access to `raw` happens inside a block submitted to the owning
/// connection's serial `DispatchQueue`, so no two threads touch the `PGconn` at once; the handle crosses threads only
/// as a reference captured by those blocks.
final class ConnectionHandle: @unchecked Sendable {
    private(set) var raw: OpaquePointer?
    private(set) var isClosed = false
    let connectionString: String
    let target: String
    let connectTimeoutSeconds: Int
    let applicationName: String

    init(connectionString: String, connectTimeoutSeconds: Int, applicationName: String) {
        self.connectionString = connectionString
        self.target = PostgresTarget.masked(connectionString)
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.applicationName = applicationName
    }

    /// Returns a live connection: opens it the first time, and again after the server dropped it.
    func live() throws -> OpaquePointer {
        guard !isClosed else { throw PostgresError(code: .closed, message: "connection was closed", target: target) }
        if let raw, PQstatus(raw) == CONNECTION_OK { return raw }
        if let raw {
            PQfinish(raw)
            self.raw = nil
        }
        let conn = try open()
        raw = conn
        return conn
    }

    private func open() throws -> OpaquePointer {
        // The URL is expanded by libpq (expand_dbname = 1); the keywords after it only fill in what it lacks.
        var keywords = ["dbname", "fallback_application_name", "client_encoding", "keepalives"]
        var values = [connectionString, applicationName, "UTF8", "1"]
        if !connectionString.contains("connect_timeout") {
            keywords.append("connect_timeout")
            values.append(String(max(1, connectTimeoutSeconds)))
        }
        let conn = CStringArray.with(keywords) { keywordPointers in
            CStringArray.with(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let conn else {
            throw PostgresError(code: .connectionFailed, message: "out of memory", target: target)
        }
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = Self.message(conn)
            PQfinish(conn)
            throw PostgresError(code: .connectionFailed, message: message, target: target)
        }
        // libpq prints NOTICEs (e.g. "relation already exists, skipping") to stderr by default; we keep stderr for
        // our own logs.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        return conn
    }

    func close() {
        if let raw { PQfinish(raw) }
        raw = nil
        isClosed = true
    }

    static func message(_ conn: OpaquePointer?) -> String {
        guard let conn, let text = PQerrorMessage(conn) else { return "unknown libpq error" }
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? "unknown libpq error" : message
    }

    deinit {
        // No block can still be running: each one holds a strong reference to this handle.
        if let raw { PQfinish(raw) }
    }
}

/// NUL-terminated C strings for a libpq call, valid only inside `body`.
enum CStringArray {
    static func with<Result>(
        _ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) throws -> Result
    ) rethrows -> Result {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        pointers.append(nil)
        return try pointers.withUnsafeBufferPointer { buffer in
            // `buffer.baseAddress` is non-nil: the array holds at least the terminating nil.
            try body(buffer.baseAddress!)
        }
    }
}
