import AgencySim
import Crawl
import CurlTransport
import Fetch
import Foundation
import Parse
import PostgresClient
import RedisClient
import Store
import TestSupport

/// Everything a crawl needs, real and isolated: the simulated agency web of `Fixtures/`, a database schema of the
/// test's own with the migrations applied and the agency files' sources in it, a rate limiter under a key prefix of
/// its own, an archive folder.
struct CrawlHarness {
    let simulator: AgencySimulator
    let database: PostgresConnection
    let fetcher: PageFetcher
    let archive: PageArchive
    let configs: [AgencyConfig]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    var sources: [String: SourceConfig] {
        Dictionary(uniqueKeysWithValues: configs.flatMap(\.sources).map { ($0.id, $0) })
    }

    static func with<Result>(_ body: (CrawlHarness) async throws -> Result) async throws -> Result {
        let configs = try AgencyConfigLoader(parsers: ParserRegistry.rules)
            .loadDirectory(root.appendingPathComponent("agencies").path)
        let simulator = try AgencySimulator(fixturesRoot: root.appendingPathComponent("Fixtures"))
        try simulator.start()
        defer { simulator.stop() }
        let engine = CurlEngine(maxInFlight: 8, maxPerHost: 4)
        defer { engine.shutdown() }
        let redis = try await RedisConnection.connect(
            url: try ServiceURLs.redisQueueURL(), connectTimeout: .seconds(2), commandTimeout: .seconds(5))
        let policy = FetchPolicy(
            retry: RetryPolicy(
                baseDelay: .milliseconds(20), maxDelay: .milliseconds(100), maxRetryAfter: .milliseconds(100)),
            defaultRequestsPerMinute: 60_000)
        let fetcher = PageFetcher(
            engine: engine, limiter: HostRateLimiter(redis: redis, keyPrefix: "test:crawl:\(UUID().uuidString):"),
            policy: policy, addressing: .simulated(port: simulator.port))
        let archiveRoot = FileManager.default.temporaryDirectory.appendingPathComponent("crawl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: archiveRoot) }
        let result = try await TestDatabase.withSchema { db, _ in
            try await MigrationRunner(connection: db).migrate()
            try await SourceCatalog(connection: db).sync(SourceCatalog.entries(configs))
            let harness = CrawlHarness(
                simulator: simulator, database: db, fetcher: fetcher, archive: PageArchive(root: archiveRoot),
                configs: configs)
            return try await body(harness)
        }
        await redis.close()
        return result
    }

    func crawl(_ id: String, mode: SourceCrawl.Mode = .incremental) throws -> SourceCrawl {
        guard let config = configs.first(where: { $0.sources.contains { $0.id == id } }),
            let source = sources[id]
        else { throw CrawlHarnessError(message: "no source \(id)") }
        var crawl = SourceCrawl(source: source, agency: config, sources: sources, pages: fetcher)
        crawl.archive = archive
        crawl.index = FetchedPageIndex(connection: database)
        crawl.memory = ListRowMemory(connection: database)
        crawl.mode = mode
        return crawl
    }
}

struct CrawlHarnessError: Error {
    let message: String
}
