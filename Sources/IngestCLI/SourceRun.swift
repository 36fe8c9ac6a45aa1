import Crawl
import Fetch
import Foundation
import IngestConfig
import IngestMetrics
import Parse
import PostgresClient
import Store

/// One recorded walk of one source: start the run, walk (live or from the archive), store what it found, record
/// failed pages, finish the run. `crawl` and `replay` both go through here.
struct SourceRun {
    let source: SourceConfig
    let agency: AgencyConfig
    let sources: [String: SourceConfig]
    let database: PostgresConnection
    let archive: PageArchive
    let trigger: RunRecorder.Trigger
    var mode: SourceCrawl.Mode = .incremental
    var dryRun = false
    /// Keep only this agency's programs (a replay of one agency through IRIS or NTIS).
    var onlyAgency: Agency?
    /// Re-fetch the details of open programs last seen longer ago than this, though their list rows are unchanged.
    var recheckAge: Duration?
    /// Block or error pages in a row that stop the source (`fetch.breaker_threshold`).
    var breakerThreshold = 3
    /// The queue job this run belongs to, recorded with the run.
    var jobID: String?
    /// The connections a large store writes on at once (`store.connections`).
    var storeLanes: StoreLanes?

    struct Result {
        let run: Int64?
        let crawl: CrawlOutcome
        let stored: ProgramStore.Outcome
        let outcome: RunRecorder.Outcome
        let reason: String?
    }

    /// What every run takes from the settings: the breaker's threshold and the store's connections.
    mutating func apply(_ settings: IngestSettings) {
        breakerThreshold = settings.integer(.breakerThreshold)
        storeLanes = Services.storeLanes(settings)
    }

    func run(pages: any PageSupplier) async throws -> Result {
        let runs = RunRecorder(connection: database)
        let runID =
            dryRun
            ? nil
            : try await runs.start(
                source: source.id, agency: agency.shared ? nil : agency.code, trigger: trigger, job: jobID,
                worker: ProcessInfo.processInfo.hostName)
        var crawl = SourceCrawl(source: source, agency: agency, sources: sources, pages: pages)
        crawl.archive = archive
        crawl.index = FetchedPageIndex(connection: database)
        crawl.memory = pages.isLive && !dryRun ? ListRowMemory(connection: database) : nil
        crawl.breakerThreshold = breakerThreshold
        crawl.recheck = recheckAge.map { DetailRecheck(connection: database, age: $0) }
        crawl.runID = runID
        crawl.mode = pages.isLive ? mode : .full
        let outcome = await crawl.run()
        let programs = outcome.programs.filter { program in onlyAgency.map { program.agency == $0 } ?? true }
        let stored = try await ProgramStore(connection: database, lanes: storeLanes).store(
            programs, runID: runID, dryRun: dryRun)
        if !dryRun { try await crawl.commit(outcome) }
        let figures = Self.figures(outcome, stored)
        guard let runID else {
            let decided = RunRecorder.outcome(figures, previousItems: nil)
            return Result(run: nil, crawl: outcome, stored: stored, outcome: decided.0, reason: decided.1)
        }
        for failure in outcome.pageFailures {
            try await runs.recordFailure(
                run: runID, source: failure.source, url: failure.url, stage: failure.stage, digest: failure.digest,
                code: failure.code, message: failure.message)
        }
        let (result, reason) = try await runs.finish(runID, source: source.id, figures: figures)
        PipelineMetrics.sourceRunFinished(
            Self.measured(agency: agency.code, source: source.id, figures, outcome, result))
        return Result(run: runID, crawl: outcome, stored: stored, outcome: result, reason: reason)
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

    /// What the run did, for the metrics: the run record's figures and each failed page's stage and code.
    static func measured(
        agency: String, source: String, _ figures: RunRecorder.Figures, _ crawl: CrawlOutcome,
        _ outcome: RunRecorder.Outcome
    ) -> SourceRunFigures {
        var measured = SourceRunFigures(agency: agency, source: source, outcome: outcome.rawValue)
        measured.pagesFetched = figures.pagesFetched
        measured.pagesNotModified = figures.pagesNotModified
        measured.failureReasons = crawl.pageFailures.map { "\($0.stage)_\($0.code)" }
        measured.programsNew = figures.programsNew
        measured.programsChanged = figures.programsChanged
        measured.programsUnchanged = figures.programsUnchanged
        return measured
    }

    /// The run as one JSON line.
    static func summary(source: String, _ result: Result) -> String {
        let object: [String: Any] = [
            "source": source, "run": result.run as Any, "outcome": result.outcome.rawValue,
            "reason": result.reason as Any, "programs_new": result.stored.new.count,
            "programs_changed": result.stored.changed.count, "programs_unchanged": result.stored.unchanged.count,
            "programs_merged": result.stored.merged.count, "new_titles": result.stored.new,
            "changed_titles": result.stored.changed, "list_pages": result.crawl.listPagesFetched,
            "detail_pages": result.crawl.detailPagesFetched, "not_modified": result.crawl.pagesNotModified,
            "programs": result.crawl.programs.count, "skipped_rows": result.crawl.skippedRows,
            "unchanged_rows": result.crawl.unchangedRows, "problems": result.crawl.problems.count,
            "failures": result.crawl.failures.map(\.description), "stops": result.crawl.stops,
            "breaker": result.crawl.breakerReason as Any,
        ]
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
