import ArgumentParser
import IngestConfig
import PostgresClient
import RedisClient

/// `connect-ingest health`: can this host reach PostgreSQL, the queue Redis and the cache Redis? One line each;
/// exit code 0 only when all three answer, so it doubles as a readiness probe.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Check PostgreSQL, the queue Redis and the cache Redis; exit 0 only when all answer.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let settings = try options.loadSettings()
        let timeout = settings.duration(.connectTimeout)
        let checks = await withTaskGroup(of: (Int, ServiceCheck).self) { group in
            group.addTask { (0, await ServiceCheck.postgres(settings.databaseURL, timeout: timeout)) }
            group.addTask { (1, await ServiceCheck.redis("redis queue", settings.redisQueueURL, timeout: timeout)) }
            group.addTask { (2, await ServiceCheck.redis("redis cache", settings.redisCacheURL, timeout: timeout)) }
            var results: [(Int, ServiceCheck)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        for check in checks { Terminal.line(check.line) }
        if checks.contains(where: { !$0.healthy }) { throw ExitCode(ExitStatus.unavailable) }
    }
}

/// The outcome of probing one service.
struct ServiceCheck: Sendable {
    let name: String
    let target: String
    let healthy: Bool
    let detail: String

    var line: String {
        let padded = name.padding(toLength: 12, withPad: " ", startingAt: 0)
        return "\(padded) \(healthy ? "ok  " : "FAIL") \(target)  \(detail)"
    }

    static func postgres(_ url: String, timeout: Duration) async -> ServiceCheck {
        let target = Redaction.maskURL(url)
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let connection = try await PostgresConnection.connect(to: url, connectTimeout: timeout)
            let version = try await connection.query("SHOW server_version")[0].decode(String.self, at: 0)
            await connection.close()
            return ServiceCheck(
                name: "postgres", target: target, healthy: true,
                detail: "(PostgreSQL \(version), \(milliseconds(clock.now - start)) ms)")
        } catch {
            return ServiceCheck(name: "postgres", target: target, healthy: false, detail: "\(error)")
        }
    }

    static func redis(_ name: String, _ url: String, timeout: Duration) async -> ServiceCheck {
        let target = Redaction.maskURL(url)
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let connection = try await RedisConnection.connect(
                url: url, connectTimeout: timeout, commandTimeout: timeout)
            let pong = try await connection.send("PING").string
            let info = RedisInfo(try await connection.send("INFO").string ?? "")
            await connection.close()
            guard pong == "PONG" else {
                return ServiceCheck(
                    name: name, target: target, healthy: false, detail: "PING answered \(pong ?? "nil")")
            }
            let persistence = info["aof_enabled"] == "1" ? "appendonly" : "no AOF"
            return ServiceCheck(
                name: name, target: target, healthy: true,
                detail: "(Redis \(info["redis_version"] ?? "?"), \(persistence), "
                    + "\(info["maxmemory_policy"] ?? "?"), \(milliseconds(clock.now - start)) ms)")
        } catch {
            return ServiceCheck(name: name, target: target, healthy: false, detail: "\(error)")
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// `INFO`'s `key:value` lines.
struct RedisInfo {
    private var values: [String: String] = [:]

    init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") else { continue }
            values[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
    }

    subscript(key: String) -> String? { values[key] }
}
