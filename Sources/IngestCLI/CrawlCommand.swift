import ArgumentParser
import Crawl
import CurlTransport
import Fetch
import Foundation
import IngestConfig
import JobQueue
import Parse
import PostgresClient
import RedisClient
import Schedule
import Store

/// `connect-ingest crawl --source ID`: walks one list source now (fetch, archive, parse), records the run, and prints
/// what it found as JSON. Several processes crawling at once share each host's rate limit through Redis.
struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Walk one list source: fetch, archive and parse its pages; print a summary (JSON).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The list source id, e.g. kimst.notice.list.")
    var source: String

    @Flag(help: "Follow every row, not only new or changed ones.")
    var full = false

    @Option(help: "Send requests to the agency simulator on this loopback port instead of the real sites.")
    var simulator: Int?

    @Option(help: "Requests per rate window for every host, overriding the agency files (demos and tests).")
    var requestsPerMinute: Int?

    @Flag(
        help:
            "Enqueue a manual crawl for the workers instead of crawling here; joins a crawl of the source already waiting or running."
    )
    var enqueue = false

    func run() async throws {
        let settings = try options.loadSettings()
        try await TimerRunMetrics.recording("crawl", settings) { try await execute(settings) }
    }

    private func execute(_ settings: IngestSettings) async throws {
        let configs = try AgencyFilesLoader.load(settings.agenciesDirectory)
        let sources = Dictionary(uniqueKeysWithValues: configs.flatMap(\.sources).map { ($0.id, $0) })
        guard let config = configs.first(where: { $0.sources.contains { $0.id == source } }),
            let sourceConfig = sources[source], sourceConfig.kind.isList
        else {
            let lists = configs.flatMap(\.sources).filter(\.kind.isList).map(\.id).sorted()
            Terminal.error("error: '\(source)' is not a list source (list sources: \(lists.joined(separator: ", ")))")
            throw ExitCode(ExitStatus.dataError)
        }
        if enqueue { return try await Self.enqueue(sourceConfig, of: config, settings) }
        let database = try await Services.postgres(settings)
        let redis = try await Services.redis(settings)
        try await MigrationRunner(connection: database).migrate()
        try await SourceCatalog(connection: database).sync(SourceCatalog.entries(configs))
        var run = SourceRun(
            source: sourceConfig, agency: config, sources: sources, database: database,
            archive: PageArchive(root: URL(fileURLWithPath: settings.archiveDirectory)), trigger: .manual)
        run.mode = full ? .full : .incremental
        run.apply(settings)
        let fetcher = Services.fetcher(
            settings, configs, limiter: redis, requestsPerMinute: requestsPerMinute, simulator: simulator)
        let result = try await run.run(pages: fetcher)
        Terminal.line(SourceRun.summary(source: sourceConfig.id, result))
        await database.close()
        await redis.close()
        if result.outcome == .failed { throw ExitCode(ExitStatus.dataError) }
    }

    /// An operator's crawl, through the queue: one job per variant, with the timer's coalesce keys, so a crawl of the
    /// same source already waiting or running absorbs it instead of the site being walked twice at once.
    static func enqueue(_ source: SourceConfig, of config: AgencyConfig, _ settings: IngestSettings) async throws {
        let redis = try await Services.redis(settings)
        let queue = JobQueue(connection: redis)
        let slot = ScheduleCalendar.standard.slot(at: Date())
        for variant in source.variants() {
            let planned = PlannedCrawl(
                source: source.id, agency: config.shared ? nil : config.code, file: config.code,
                variant: variant.variantLabel, onlyAgency: nil, slot: slot)
            var job = planned.job()
            job.trigger = .manual
            job.payload["slot"] = nil
            switch try await queue.enqueue(job, coalesceKey: planned.coalesceKey) {
            case .enqueued(let id): Terminal.line("enqueued  \(planned)  job \(id)")
            case .joined(let id), .duplicate(let id):
                Terminal.line("joined    \(planned)  job \(id) (already waiting or running)")
            }
        }
        await redis.close()
    }

    static func policy(_ settings: IngestSettings, _ configs: [AgencyConfig], override: Int?) -> FetchPolicy {
        let requestsPerMinute = override
        var rates: [String: Int] = [:]
        for config in configs {
            for (host, limit) in config.rateLimits { rates[host.lowercased()] = requestsPerMinute ?? limit }
        }
        return FetchPolicy(
            userAgent: settings.text(.userAgent), connectTimeout: settings.duration(.connectTimeout),
            totalTimeout: settings.duration(.requestTimeout), maxBodyBytes: settings.integer(.maxBodyBytes),
            retry: RetryPolicy(
                baseDelay: settings.duration(.retryBackoffBase), maxDelay: settings.duration(.retryBackoffMax),
                maxRetryAfter: settings.duration(.retryAfterCap)),
            requestsPerMinute: rates, defaultRequestsPerMinute: requestsPerMinute ?? 10,
            rateWindow: settings.duration(.rateLimitWindow))
    }
}

/// The agency files, or an exit code after printing every problem with its file and line.
enum AgencyFilesLoader {
    static func load(_ directory: String) throws -> [AgencyConfig] {
        do {
            return try AgencyConfigLoader(parsers: ParserRegistry.rules).loadDirectory(directory)
        } catch {
            for problem in error.errors { Terminal.error("error: \(problem)") }
            throw ExitCode(ExitStatus.dataError)
        }
    }
}

/// Connections to the services, or an exit code naming the one that did not answer.
enum Services {
    /// The further connections a large store writes on (`store.connections`), opened by the store when it needs them.
    static func storeLanes(_ settings: IngestSettings) -> StoreLanes {
        let url = settings.databaseURL
        return StoreLanes(count: settings.integer(.storeConnections)) { try await PostgresConnection.connect(to: url) }
    }

    static func postgres(_ settings: IngestSettings) async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(to: settings.databaseURL)
        } catch {
            Terminal.error("error: PostgreSQL: \(error)")
            throw ExitCode(ExitStatus.unavailable)
        }
    }

    /// The fetcher of every command that reaches the sites: the settings' caps and timeouts, the agency files'
    /// per-host rates (or one rate for every host), the shared rate limit in `redis`, the real sites or the simulator.
    static func fetcher(
        _ settings: IngestSettings, _ configs: [AgencyConfig], limiter redis: RedisConnection,
        requestsPerMinute: Int? = nil, simulator: Int? = nil
    ) -> PageFetcher {
        PageFetcher(
            engine: CurlEngine(maxInFlight: settings.integer(.maxInFlight), maxPerHost: settings.integer(.maxPerHost)),
            limiter: HostRateLimiter(redis: redis),
            policy: CrawlCommand.policy(settings, configs, override: requestsPerMinute),
            addressing: simulator.map { .simulated(port: $0) } ?? .live)
    }

    /// The cache Redis the web app reads match lists from; nil, with a warning, when it does not answer: scores
    /// are stored either way, and the web app's cache entries expire on their own.
    static func cacheRedis(_ settings: IngestSettings) async -> RedisConnection? {
        do {
            return try await RedisConnection.connect(
                url: settings.redisCacheURL, connectTimeout: settings.duration(.connectTimeout),
                commandTimeout: settings.duration(.commandTimeout))
        } catch {
            Terminal.error("warning: cache Redis: \(error); match cache keys will not be invalidated")
            return nil
        }
    }

    static func redis(_ settings: IngestSettings) async throws -> RedisConnection {
        do {
            return try await RedisConnection.connect(
                url: settings.redisQueueURL, connectTimeout: settings.duration(.connectTimeout),
                commandTimeout: settings.duration(.commandTimeout))
        } catch {
            Terminal.error("error: Redis: \(error)")
            throw ExitCode(ExitStatus.unavailable)
        }
    }
}
