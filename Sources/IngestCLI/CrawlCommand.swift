import ArgumentParser
import Crawl
import CurlTransport
import Fetch
import Foundation
import IngestConfig
import Parse
import PostgresClient
import RedisClient
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

    func run() async throws {
        let settings = try options.loadSettings()
        let configs: [AgencyConfig]
        do {
            configs = try AgencyConfigLoader(parsers: ParserRegistry.rules).loadDirectory(settings.agenciesDirectory)
        } catch {
            for problem in error.errors { Terminal.error("error: \(problem)") }
            throw ExitCode(ExitStatus.dataError)
        }
        let sources = Dictionary(uniqueKeysWithValues: configs.flatMap(\.sources).map { ($0.id, $0) })
        guard let config = configs.first(where: { $0.sources.contains { $0.id == source } }),
            let sourceConfig = sources[source], sourceConfig.kind.isList
        else {
            let lists = configs.flatMap(\.sources).filter(\.kind.isList).map(\.id).sorted()
            Terminal.error("error: '\(source)' is not a list source (list sources: \(lists.joined(separator: ", ")))")
            throw ExitCode(ExitStatus.dataError)
        }
        let database = try await Services.postgres(settings)
        let redis = try await Services.redis(settings)
        try await MigrationRunner(connection: database).migrate()
        try await SourceCatalog(connection: database).sync(Self.catalog(configs))
        let runs = RunRecorder(connection: database)
        let runID = try await runs.start(
            source: sourceConfig.id, agency: config.shared ? nil : config.code, trigger: .manual,
            worker: ProcessInfo.processInfo.hostName)

        var crawl = SourceCrawl(
            source: sourceConfig, agency: config, sources: sources,
            fetcher: PageFetcher(
                engine: CurlEngine(
                    maxInFlight: settings.integer(.maxInFlight), maxPerHost: settings.integer(.maxPerHost)),
                limiter: HostRateLimiter(redis: redis), policy: policy(settings, configs),
                addressing: simulator.map { .simulated(port: $0) } ?? .live))
        crawl.archive = PageArchive(root: URL(fileURLWithPath: settings.archiveDirectory))
        crawl.index = FetchedPageIndex(connection: database)
        crawl.memory = ListRowMemory(connection: database)
        crawl.runID = runID
        crawl.mode = full ? .full : .incremental
        let outcome = await crawl.run()
        let stored = try await ProgramStore(connection: database).store(outcome.programs, runID: runID)
        for failure in outcome.pageFailures {
            try await runs.recordFailure(
                run: runID, source: failure.source, url: failure.url, stage: failure.stage, digest: failure.digest,
                code: failure.code, message: failure.message)
        }
        let (result, reason) = try await runs.finish(
            runID, source: sourceConfig.id, figures: Self.figures(outcome, stored))
        Terminal.line(
            Self.summary(source: sourceConfig.id, run: runID, outcome, stored, result: result, reason: reason))
        await database.close()
        await redis.close()
        if result == .failed { throw ExitCode(ExitStatus.dataError) }
    }

    private func policy(_ settings: IngestSettings, _ configs: [AgencyConfig]) -> FetchPolicy {
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

    static func catalog(_ configs: [AgencyConfig]) -> [SourceCatalog.Entry] {
        configs.flatMap { config in
            config.sources.map { source in
                SourceCatalog.Entry(
                    code: source.id, agency: config.shared ? nil : config.code, name: "\(config.name) \(source.id)",
                    kind: source.kind.rawValue, host: URL(string: source.url)?.host ?? "", shared: config.shared,
                    enabled: config.enabled && source.enabled)
            }
        }
    }

    static func figures(_ outcome: CrawlOutcome, _ stored: ProgramStore.Outcome) -> RunRecorder.Figures {
        var figures = RunRecorder.Figures()
        figures.pagesFetched = outcome.listPagesFetched + outcome.detailPagesFetched
        figures.pagesNotModified = outcome.pagesNotModified
        figures.pagesFailed = outcome.pageFailures.count
        figures.bytesFetched = outcome.bytesFetched
        figures.itemsParsed = outcome.programs.count + outcome.unchangedRows
        figures.itemsSkipped = outcome.skippedRows
        figures.programsNew = stored.new.count
        figures.programsChanged = stored.changed.count
        figures.programsUnchanged = stored.unchanged.count + stored.merged.count
        figures.stopReason = outcome.breakerReason
        return figures
    }

    static func summary(
        source: String, run: Int64, _ outcome: CrawlOutcome, _ stored: ProgramStore.Outcome,
        result: RunRecorder.Outcome, reason: String?
    ) -> String {
        let object: [String: Any] = [
            "source": source, "run": run, "outcome": result.rawValue, "reason": reason as Any,
            "programs_new": stored.new.count, "programs_changed": stored.changed.count,
            "programs_unchanged": stored.unchanged.count, "programs_merged": stored.merged.count,
            "list_pages": outcome.listPagesFetched,
            "detail_pages": outcome.detailPagesFetched, "not_modified": outcome.pagesNotModified,
            "programs": outcome.programs.count, "skipped_rows": outcome.skippedRows,
            "unchanged_rows": outcome.unchangedRows, "problems": outcome.problems.count,
            "failures": outcome.failures.map(\.description), "stops": outcome.stops,
            "breaker": outcome.breakerReason as Any,
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Connections to the services, or an exit code naming the one that did not answer.
enum Services {
    static func postgres(_ settings: IngestSettings) async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(to: settings.databaseURL)
        } catch {
            Terminal.error("error: PostgreSQL: \(error)")
            throw ExitCode(ExitStatus.unavailable)
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
