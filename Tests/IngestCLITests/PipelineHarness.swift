import AgencySim
import Foundation
import PostgresClient
import TestSupport
import Testing

/// The whole pipeline as processes: the simulated agency web (in this process), a Redis of the test's own, a
/// database of its own, and `connect-ingest schedule` / `work` run as an operator or a timer would run them.
struct PipelineHarness {
    let simulator: AgencySimulator
    let redis: RedisServerProcess
    let databaseURL: String
    let archive: URL
    /// Requests per rate window (1 s in these tests) for every host: low enough that the limiter shapes every run.
    let requestsPerWindow: Int

    var environment: [String: String?] {
        [
            "DATABASE_URL": databaseURL, "REDIS_QUEUE_URL": redis.url(), "REDIS_CACHE_URL": redis.url(),
            "CONNECT_ARCHIVE_DIR": archive.path,
            "CONNECT_AGENCIES_DIR": CrawlCommandTests.root.appendingPathComponent("agencies").path,
            "CONNECT_TIMING_RATE_LIMIT_WINDOW": "1s", "CONNECT_TIMING_LEASE": "3s", "CONNECT_TIMING_LEASE_RENEW": "1s",
            "CONNECT_TIMING_JOB_BACKOFF_BASE": "1s", "CONNECT_TIMING_SHUTDOWN_GRACE": "5s",
            // The fixture lists link to calls the fixtures have no detail page for (404s, error pages): here they must
            // not stop a source, so that every fixture program is reached.
            "CONNECT_FETCH_BREAKER_THRESHOLD": "1000",
            "CONNECT_BRN_KEY": Self.businessNumberKey,
        ]
    }

    /// A fixed registration-number key for the tests that import the fixture organizations.
    static let businessNumberKey = Data((0..<32).map { UInt8($0) }).base64EncodedString()

    /// Migrates and imports the fixture organizations, so that the workers' match runs have someone to rank programs
    /// for.
    func importOrganizations() async throws {
        #expect(try await CommandRunner.run(["migrate"], environment: environment).status == 0)
        let imported = try await CommandRunner.run(
            ["orgs", "import", OrgsCommandTests.fixture.path], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
    }

    static func with(
        requestsPerWindow: Int = 20, _ body: (PipelineHarness) async throws -> Void
    ) async throws {
        let simulator = try AgencySimulator(fixturesRoot: CrawlCommandTests.root.appendingPathComponent("Fixtures"))
        try simulator.start()
        defer { simulator.stop() }
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: archive) }
        // Like the project's Redis: append-only file synced every second, no eviction.
        let durable = ["--appendonly", "yes", "--appendfsync", "everysec", "--maxmemory-policy", "noeviction"]
        try await RedisServerProcess.with(extraArguments: durable) { redis in
            try await TestDatabase.withDatabase { url in
                try await body(
                    PipelineHarness(
                        simulator: simulator, redis: redis, databaseURL: url, archive: archive,
                        requestsPerWindow: requestsPerWindow))
            }
        }
    }

    func schedule(at slot: String, _ extra: [String] = []) async throws -> CommandRunner.Outcome {
        try await CommandRunner.run(["schedule", "--at", slot] + extra, environment: environment)
    }

    var workArguments: [String] {
        ["work", "--simulator", "\(simulator.port)", "--requests-per-minute", "\(requestsPerWindow)"]
    }

    func work(_ extra: [String] = []) async throws -> CommandRunner.Outcome {
        try await CommandRunner.run(workArguments + ["--until-idle"] + extra, environment: environment)
    }

    /// A worker left running in the background, its output in a file.
    func startWorker(_ extra: [String] = [], overriding: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = try CommandRunner.binaryURL()
        process.arguments = workArguments + extra
        var inherited = ProcessInfo.processInfo.environment
        for (name, value) in environment { inherited[name] = value }
        for (name, value) in overriding { inherited[name] = value }
        process.environment = inherited
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func count(_ sql: String) async throws -> Int {
        let db = try await PostgresConnection.connect(to: databaseURL)
        defer { Task { await db.close() } }
        let rows = try await db.query(PostgresQuery(unsafeSQL: "SELECT (\(sql))::int AS n"))
        return try rows[0].decode(Int.self, "n")
    }

    func strings(_ sql: String) async throws -> [String] {
        let db = try await PostgresConnection.connect(to: databaseURL)
        defer { Task { await db.close() } }
        return try await db.query(PostgresQuery(unsafeSQL: sql)).map { try $0.decode(String.self, at: 0) }
    }

    /// The warm-up pages the agency files name (`warmup = ["https://…"]`), as host + path.
    static let warmups: Set<String> = {
        let folder = CrawlCommandTests.root.appendingPathComponent("agencies")
        var pages = Set<String>()
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where line.hasPrefix("warmup") {
                for part in line.split(separator: "\"") where part.hasPrefix("http") {
                    if let url = URLComponents(string: String(part)) { pages.insert((url.host ?? "") + url.path) }
                }
            }
        }
        return pages
    }()

    /// Requests that fetch the sites' content: robots.txt and the sources' warm-up pages aside.
    func contentRequests() -> [LoggedRequest] {
        simulator.requestLog.filter { request in
            request.path != "/robots.txt" && !Self.warmups.contains(request.host + request.path)
        }
    }

    /// The most requests any host received within any `window` seconds.
    func mostRequestsInAnyWindow(_ window: TimeInterval) -> Int {
        var most = 0
        for times in Dictionary(grouping: simulator.requestLog, by: \.host).values.map({ $0.map(\.time).sorted() }) {
            var start = 0
            for end in times.indices {
                while times[end].timeIntervalSince(times[start]) >= window { start += 1 }
                most = max(most, end - start + 1)
            }
        }
        return most
    }

    /// The requests of the busiest host.
    func busiestHostRequests() -> Int {
        Dictionary(grouping: simulator.requestLog, by: \.host).values.map(\.count).max() ?? 0
    }

    /// Seconds between the busiest host's first and last request.
    func busiestHostSpan() -> Double {
        guard
            let times = Dictionary(grouping: simulator.requestLog, by: \.host).values.max(by: { $0.count < $1.count })?
                .map(\.time).sorted(), let first = times.first, let last = times.last
        else { return 0 }
        return last.timeIntervalSince(first)
    }
}
