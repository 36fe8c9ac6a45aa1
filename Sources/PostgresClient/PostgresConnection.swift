import CLibPQ
import Dispatch
import Foundation

/// One PostgreSQL session over libpq. libpq's calls block, so each connection runs them on its own serial dispatch
/// queue and callers await the result: Swift's cooperative thread pool never waits on the network.
///
/// A connection runs one statement at a time; statements from concurrent tasks queue up in order. A transaction is a
/// sequence of statements, so it belongs to one task at a time: use one connection per concurrent worker.
/// Nothing here relies on session state across transactions (no session-level prepared statements, no `SET`), so a
/// connection may sit behind PgBouncer in transaction pooling mode.
public final class PostgresConnection: Sendable {
    /// The connection target with its password masked, for logs and errors.
    public var target: String { handle.target }

    private let handle: ConnectionHandle
    private let queue: DispatchQueue

    private init(handle: ConnectionHandle) {
        self.handle = handle
        self.queue = DispatchQueue(label: "connect-ingest.postgres")
    }

    /// Connects to `url` (a `postgresql://` URL or a libpq key/value string).
    /// - Parameters:
    ///   - connectTimeout: how long to wait for the server before failing; a URL's own `connect_timeout` wins.
    ///   - applicationName: shown in `pg_stat_activity` unless the URL names one.
    public static func connect(
        to url: String, connectTimeout: Duration = .seconds(10), applicationName: String = "connect-ingest"
    ) async throws -> PostgresConnection {
        let seconds = Int(connectTimeout.components.seconds) + (connectTimeout.components.attoseconds > 0 ? 1 : 0)
        let connection = PostgresConnection(
            handle: ConnectionHandle(
                connectionString: url, connectTimeoutSeconds: seconds, applicationName: applicationName))
        try await connection.onQueue { handle in _ = try handle.live() }
        return connection
    }

    /// Runs `body` on the connection's queue with the live handle.
    func onQueue<Result: Sendable>(
        _ body: @escaping @Sendable (ConnectionHandle) throws -> Result
    ) async throws -> Result {
        let handle = self.handle
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Swift.Result { try body(handle) })
            }
        }
    }

    /// Closes the session. Later calls fail with `.closed`.
    public func close() async {
        _ = try? await onQueue { handle in handle.close() }
    }

    /// The server's version number (e.g. 150020), which also proves the connection answers.
    public func serverVersion() async throws -> Int {
        try await onQueue { handle in Int(PQserverVersion(try handle.live())) }
    }
}
