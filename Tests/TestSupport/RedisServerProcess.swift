import Foundation
import RedisClient

#if canImport(Glibc)
    import Glibc
#endif

/// A private `redis-server` child process for tests that must restart, slow down or password-protect a server, or
/// fill a queue of their own, which the shared one cannot be used for.
public final class RedisServerProcess: @unchecked Sendable {
    // @unchecked: `port` and `process` change only in `start`/`stop`, which a test calls from one task at a time.
    public static let executable = "/usr/bin/redis-server"

    public private(set) var port: Int
    public let password: String?
    public let directory: URL
    private let extraArguments: [String]
    private var process: Process?

    private init(password: String?, extraArguments: [String]) throws {
        self.port = try Self.freePort()
        self.password = password
        self.extraArguments = extraArguments
        self.directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("redisclient-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Starts a server, runs `body`, and always stops it and removes its folder.
    public static func with<Result>(
        password: String? = nil, extraArguments: [String] = [],
        _ body: (RedisServerProcess) async throws -> Result
    ) async throws -> Result {
        let server = try RedisServerProcess(password: password, extraArguments: extraArguments)
        do {
            try await server.start(retryOnOtherPort: true)
            let result = try await body(server)
            await server.stop()
            server.removeDirectory()
            return result
        } catch {
            await server.stop()
            server.removeDirectory()
            throw error
        }
    }

    /// The URL of database `database`, with this server's password unless another one is given.
    public func url(database: Int = 0, password overridePassword: String? = nil, user: String? = nil) -> String {
        let secret = overridePassword ?? password
        let credentials = secret.map { "\(user ?? ""):\($0)@" } ?? ""
        return "redis://\(credentials)127.0.0.1:\(port)/\(database)"
    }

    /// Starts (or restarts) the server on `port` and waits until it answers PING.
    public func start(retryOnOtherPort: Bool = false) async throws {
        var lastProbe: String?
        for attempt in 1...3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.executable)
            var arguments = [
                "--port", String(port), "--bind", "127.0.0.1", "--dir", directory.path, "--save", "",
                "--daemonize", "no", "--logfile", directory.appendingPathComponent("redis.log").path,
            ]
            if let password { arguments += ["--requirepass", password] }
            if !extraArguments.contains("--appendonly") { arguments += ["--appendonly", "no"] }
            process.arguments = arguments + extraArguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try Self.withTerminationSignalsUnblocked { try process.run() }
            self.process = process
            lastProbe = try await probeUntilAnswering(process)
            guard lastProbe != nil else { return }
            await stop()
            guard retryOnOtherPort, attempt < 3 else { break }
            port = try Self.freePort()
        }
        let log = (try? String(contentsOf: directory.appendingPathComponent("redis.log"), encoding: .utf8)) ?? ""
        throw ServerStartFailure(port: port, lastProbe: lastProbe, log: String(log.suffix(2000)))
    }

    /// Stops the server with SIGTERM (a clean shutdown that writes the AOF) and waits for it to exit.
    public func stop() async {
        guard let process else { return }
        self.process = nil
        if process.isRunning { process.terminate() }
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Swift's cooperative threads (libdispatch workers) block SIGTERM and SIGINT, and Foundation's `Process`
    /// passes the spawning thread's signal mask on to the child, so redis-server would never see SIGTERM. Unblocking
    /// them on this thread for the spawn gives the server the normal mask.
    private static func withTerminationSignalsUnblocked<Result>(_ body: () throws -> Result) rethrows -> Result {
        var termination = sigset_t()
        sigemptyset(&termination)
        sigaddset(&termination, SIGTERM)
        sigaddset(&termination, SIGINT)
        var previous = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &termination, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    private func removeDirectory() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Probes with PING until the server answers: nil then, else what the last probe got. The bounds are generous on
    /// purpose: CI runs the whole suite on two cores, where a server that logged "Ready to accept connections" at
    /// once has been seen to miss ten seconds of probes with sub-second timeouts.
    private func probeUntilAnswering(_ process: Process) async throws -> String? {
        let deadline = ContinuousClock.now + .seconds(45)
        var probeFailure = "no probe before the deadline"
        while ContinuousClock.now < deadline {
            guard process.isRunning else { return "the server exited with \(process.terminationStatus)" }
            do {
                let connection = try await RedisConnection.connect(
                    url: url(), connectTimeout: .seconds(2), commandTimeout: .seconds(5))
                let reply = try? await connection.send("PING")
                await connection.close()
                if reply == .status("PONG") { return nil }
                probeFailure = "PING answered \(String(describing: reply))"
            } catch {
                probeFailure = String(describing: error)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return probeFailure
    }

    /// A port that was free a moment ago: bind port 0 and read back what the kernel chose.
    public static func freePort() throws -> Int {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(socketDescriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socketDescriptor, generic, length) == 0 && getsockname(socketDescriptor, generic, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// redis-server did not come up; carries the end of its log.
public struct ServerStartFailure: Error, CustomStringConvertible {
    public let port: Int
    public let lastProbe: String?
    public let log: String
    public var description: String {
        "redis-server did not answer on port \(port) (last probe: \(lastProbe ?? "none")):\n\(log)"
    }
}
