import ArgumentParser
import Crawl
import CurlTransport
import Fetch
import Foundation
import IngestConfig
import Matcher
import Parse
import PostgresClient
import Store

/// `connect-ingest replay --agency KEIT`: walks an agency's list sources again — from the archive (no network,
/// default) or live — stores idempotently and prints what changed. `--failed` re-parses recorded failed pages
/// instead, after a selector fix. A dry run prints the same without writing. Replaying twice changes nothing the
/// second time.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-parse an agency's archived pages (or re-crawl them live), store, and print what changed.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The agency code of an agency file (IITP, KEIT, TIPA, KIMST, IRIS, NTIS).")
    var agency: String

    @Option(help: "Only this list source of the agency.")
    var source: String?

    @Flag(help: "Read the archive (the default): no request reaches a site.")
    var fromArchive = false

    @Option(help: "From the archive: the pages of this run only.")
    var run: Int64?

    @Option(help: "From the archive: pages fetched since this date (YYYY-MM-DD).")
    var since: String?

    @Flag(help: "Crawl the sites again instead, through the rate limit.")
    var live = false

    @Option(help: "With --live: send requests to the agency simulator on this loopback port.")
    var simulator: Int?

    @Flag(help: "Re-parse the recorded failed pages of the agency's sources.")
    var failed = false

    @Flag(help: "Do everything but write; print what would change.")
    var dryRun = false

    @Flag(help: "Do not update match scores afterwards (they are, by a changed match run, when programs changed).")
    var noMatch = false

    func validate() throws {
        if live && (fromArchive || run != nil || since != nil) {
            throw ValidationError("--live reads the sites; --from-archive, --run and --since read the archive")
        }
        if since != nil && Self.date(since ?? "") == nil { throw ValidationError("--since: expected YYYY-MM-DD") }
    }

    func run() async throws {
        let settings = try options.loadSettings()
        try await TimerRunMetrics.recording("replay", settings) { try await execute(settings) }
    }

    private func execute(_ settings: IngestSettings) async throws {
        let configs = try AgencyFilesLoader.load(settings.agenciesDirectory)
        guard let config = configs.first(where: { $0.code.uppercased() == agency.uppercased() }) else {
            Terminal.error(
                "error: no agency file has code \(agency) (codes: \(configs.map(\.code).joined(separator: ", ")))")
            throw ExitCode(ExitStatus.dataError)
        }
        let lists = config.sources.filter { $0.kind.isList && (source == nil || $0.id == source) }
        guard !lists.isEmpty else {
            Terminal.error("error: \(config.code) has no list source \(source ?? "")")
            throw ExitCode(ExitStatus.dataError)
        }
        let database = try await Services.postgres(settings)
        try await MigrationRunner(connection: database).migrate()
        try await SourceCatalog(connection: database).sync(SourceCatalog.entries(configs))
        let sources = Dictionary(uniqueKeysWithValues: configs.flatMap(\.sources).map { ($0.id, $0) })
        let archive = PageArchive(root: URL(fileURLWithPath: settings.archiveDirectory))
        if failed {
            let fixed = try await replayFailures(config, sources: sources, archive: archive, database: database)
            await database.close()
            if fixed > 0, !dryRun, !noMatch { try await Self.updateMatches(settings) }
            return
        }
        var anyFailed = false
        var changedPrograms = 0
        let redis = live ? try await Services.redis(settings) : nil
        let progress = ProgressReporter.forSession(label: "replay \(config.code)", unit: "sources")
        for (index, list) in lists.enumerated() {
            var sourceRun = SourceRun(
                source: list, agency: config, sources: sources, database: database, archive: archive,
                trigger: .replay)
            sourceRun.mode = .full
            sourceRun.dryRun = dryRun
            sourceRun.apply(settings)
            let pages: any PageSupplier
            if let redis {
                pages = Services.fetcher(settings, configs, limiter: redis, simulator: simulator)
            } else {
                pages = ArchivedPages(
                    index: FetchedPageIndex(connection: database), archive: archive, run: run,
                    since: since.flatMap(Self.date))
            }
            let result = try await sourceRun.run(pages: pages)
            Terminal.line(SourceRun.summary(source: list.id, result))
            anyFailed = anyFailed || result.outcome == .failed
            changedPrograms += result.stored.new.count + result.stored.changed.count
            progress.update(done: index + 1, total: lists.count)
        }
        progress.finish()
        await redis?.close()
        await database.close()
        if changedPrograms > 0, !dryRun, !noMatch { try await Self.updateMatches(settings) }
        if anyFailed { throw ExitCode(ExitStatus.dataError) }
    }

    /// The scores of the programs the replay changed, through a changed match run (the pending programs, with
    /// every organization); the summary line says what moved.
    static func updateMatches(_ settings: IngestSettings) async throws {
        let summary = try await Services.recomputeMatches(
            settings, MatchOptions(settings, mode: .changed, trigger: .replay))
        Terminal.line(MatchCommand.json(summary))
    }

    /// Re-parses the unresolved failed pages of the agency's sources from the archive; a page that now parses is
    /// stored and its failure marked resolved. Returns how many were.
    private func replayFailures(
        _ config: AgencyConfig, sources: [String: SourceConfig], archive: PageArchive, database: PostgresConnection
    ) async throws -> Int {
        let codes = config.sources.map(\.id)
        let rows = try await database.query(
            """
            SELECT id, source_code, url, archive_digest FROM page_failures
            WHERE resolved_at IS NULL AND archive_digest IS NOT NULL AND source_code = ANY(\(codes))
            ORDER BY id
            """)
        var fixed = 0
        var still: [String] = []
        let progress = ProgressReporter.forSession(label: "replay \(config.code) --failed", unit: "failed pages")
        defer { progress.finish() }
        for (index, row) in rows.enumerated() {
            defer { progress.update(done: index + 1, total: rows.count) }
            let id = try row.decode(Int64.self, "id")
            let url = try row.decode(String.self, "url")
            guard let source = sources[try row.decode(String.self, "source_code")],
                let parser = ParserRegistry.parser(named: source.parser),
                let body = try? archive.load(try row.decode(String.self, "archive_digest"))
            else {
                still.append("\(url): the archived page is missing")
                continue
            }
            do {
                let result = try parser.init().parse(FetchedPage(url: url, bytes: body), source: source)
                _ = try await ProgramStore(connection: database).store(result.programs, dryRun: dryRun)
                if !dryRun {
                    try await database.query("UPDATE page_failures SET resolved_at = now() WHERE id = \(id)")
                }
                fixed += 1
            } catch {
                still.append("\(url): \(error)")
            }
        }
        let object: [String: Any] = ["agency": config.code, "resolved": fixed, "still_failing": still]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        Terminal.line(String(decoding: data, as: UTF8.self))
        return fixed
    }

    /// The start of a day in Korea.
    static func date(_ text: String) -> Date? {
        LocalDate(iso: text).map { KoreaTime.instant($0) }
    }
}
