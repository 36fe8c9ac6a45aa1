import Foundation

/// A Redis server of a test's own (Debian's `redis-server`, AOF `everysec` like the project's), on a free loopback
/// port with its data in a temporary folder: a test that restarts Redis or fills the queue disturbs no other test.
public final class PrivateRedis: @unchecked Sendable {
    // @unchecked: `process` is replaced only by `start`/`stop`, which a test calls from one task at a time.
    public let port: Int
    public let folder: URL
    private var process: Process?

    public var url: String { "redis://127.0.0.1:\(port)/0" }

    public init() throws {
        port = Int.random(in: 49_000...55_000)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("redis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try start()
    }

    /// Starts the server on the same port and data folder (after `stop`, it replays its append-only file).
    public func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/redis-server")
        process.arguments = [
            "--port", "\(port)", "--bind", "127.0.0.1", "--dir", folder.path, "--appendonly", "yes",
            "--appendfsync", "everysec", "--save", "", "--maxmemory-policy", "noeviction",
            "--logfile", folder.appendingPathComponent("redis.log").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        for _ in 0..<200 {
            if Self.accepts(port) { return }
            usleep(50_000)
        }
        let log = (try? String(contentsOf: folder.appendingPathComponent("redis.log"), encoding: .utf8)) ?? ""
        throw PrivateRedisError(
            message: "redis-server did not start on \(port) (data \(folder.path)): \(log.suffix(1500))")
    }

    /// Stops the server as `systemctl restart` would (a SHUTDOWN: the append-only file synced, the files kept).
    /// Asked over the socket, not by SIGTERM: a child of the test process inherits its blocked-signal mask, so the
    /// signal would never arrive. SIGKILL if it has not gone within ten seconds.
    public func stop() {
        guard let process, process.isRunning else { return }
        Self.sendCommand("SHUTDOWN\r\n", to: port)
        for _ in 0..<200 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        self.process = nil
    }

    /// Sends one inline command and waits until the server closes the connection (or a second passes).
    static func sendCommand(_ command: String, to port: Int) {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { return }
        _ = command.withCString { send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 64)
        _ = recv(socket, &buffer, buffer.count, 0)
    }

    public func remove() {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { remove() }

    static func accepts(_ port: Int) -> Bool {
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

public struct PrivateRedisError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
