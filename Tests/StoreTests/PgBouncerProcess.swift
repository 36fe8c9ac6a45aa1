import Foundation
import PostgresClient
import TestSupport

/// Debian's PgBouncer in transaction pooling mode (the production set-up) in front of the test PostgreSQL, on a port
/// of its own for one test. It refuses to run as root, so under root it runs as the services' user, as
/// scripts/services runs PostgreSQL.
struct PgBouncerProcess: Sendable {
    let folder: URL
    let port: Int
    let process: Process

    static func with<Result>(_ body: (PgBouncerProcess) async throws -> Result) async throws -> Result {
        let bouncer = try await onOwnThread { try start() }
        defer { bouncer.stop() }
        return try await body(bouncer)
    }

    /// `databaseURL` (a database on the test server) reached through PgBouncer instead.
    func url(for databaseURL: String) -> String {
        guard var components = URLComponents(string: databaseURL) else { return databaseURL }
        components.host = "127.0.0.1"
        components.port = port
        components.query = nil
        return components.string ?? databaseURL
    }

    /// Starts PgBouncer on a free port, trying another when the port was taken between choosing and binding it (the
    /// kernel's ephemeral client ports share the range, and the suite runs many clients at once).
    static func start() throws -> PgBouncerProcess {
        var lastError: (any Error)?
        for _ in 0..<5 {
            do {
                return try start(port: try RedisServerProcess.freePort())
            } catch let error as BouncerError where error.message.contains("Address already in use") {
                lastError = error
            }
        }
        throw lastError ?? BouncerError(message: "pgbouncer did not start")
    }

    private static func start(port: Int) throws -> PgBouncerProcess {
        guard let server = URLComponents(string: try ServiceURLs.databaseURL()), let serverPort = server.port else {
            throw BouncerError(message: "DATABASE_URL has no port")
        }
        let user = server.user ?? "connect_ingest"
        let folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("pgbouncer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        let config = """
            [databases]
            * = host=127.0.0.1 port=\(serverPort)

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = \(port)
            unix_socket_dir =
            auth_type = trust
            auth_file = \(folder.path)/users.txt
            pool_mode = transaction
            max_client_conn = 50
            default_pool_size = 4
            ignore_startup_parameters = extra_float_digits,options
            logfile = \(folder.path)/pgbouncer.log
            pidfile = \(folder.path)/pgbouncer.pid
            """
        try config.write(to: folder.appendingPathComponent("pgbouncer.ini"), atomically: true, encoding: .utf8)
        try "\"\(user)\" \"\"\n".write(
            to: folder.appendingPathComponent("users.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            let serviceUser = ProcessInfo.processInfo.environment["CONNECT_SERVICE_USER"] ?? "connect-ingest"
            process.arguments = ["-u", serviceUser, "--", "/usr/sbin/pgbouncer", folder.path + "/pgbouncer.ini"]
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/pgbouncer")
            process.arguments = [folder.path + "/pgbouncer.ini"]
        }
        try process.run()
        let bouncer = PgBouncerProcess(folder: folder, port: port, process: process)
        // Ready when it accepts connections; a loaded machine (the whole suite in parallel) can take seconds.
        for _ in 0..<300 where process.isRunning {
            if Self.accepts(port) { return bouncer }
            usleep(100_000)
        }
        let log = (try? String(contentsOf: folder.appendingPathComponent("pgbouncer.log"), encoding: .utf8)) ?? ""
        bouncer.stop()
        let state = process.isRunning ? "still not accepting after 30 s" : "exited with \(process.terminationStatus)"
        throw BouncerError(message: "pgbouncer did not start on \(port) (\(state)): \(log)")
    }

    func stop() {
        if let pid = try? String(contentsOf: folder.appendingPathComponent("pgbouncer.pid"), encoding: .utf8),
            let number = Int32(pid.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(number, SIGTERM)
        }
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    private static func accepts(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}

struct BouncerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
