import Crawl
import Fetch
import Foundation
import IngestConfig
import JobQueue
import Parse
import PostgresClient
import Store

/// Runs a `crawl_source` job: the source (or the one variant the job names) walked through `SourceRun`, on a
/// connection of its own (a transaction cannot share a connection with another job's).
struct CrawlJobHandler: Sendable {
    let settings: IngestSettings
    let configs: [AgencyConfig]
    let fetcher: PageFetcher
    /// Unchanged rows of open programs whose detail is older than this are fetched again.
    let recheckAge: Duration?

    /// What a job did; a failed run is a failed job (retried with backoff, then dead-lettered).
    struct Done: Sendable {
        let summary: String
        let failedPages: Int
        /// Programs the job stored new or changed: the worker then asks for a changed match run.
        var programsChanged = 0
        /// The run record (`scrape_runs`), for the worker's log metadata.
        var run: Int64? = nil
        /// Some pages failed: the first one explained, with what to do (logged as a warning).
        var warning: String? = nil
    }

    struct JobFailure: Error, CustomStringConvertible {
        let description: String
        /// Whether another attempt can help (a site down) or not (a source the agency files no longer have).
        let retryable: Bool
        /// The run record and the first failed page, for the worker's log metadata.
        var run: Int64? = nil
        var url: String? = nil
    }

    func handle(_ job: Job) async throws -> Done {
        guard job.kind == .crawlSource, let sourceID = job.source else {
            throw JobFailure(description: "job \(job.id): a \(job.kind.rawValue) job is not a crawl", retryable: false)
        }
        let sources = Dictionary(configs.flatMap(\.sources).map { ($0.id, $0) }) { first, _ in first }
        guard let agency = configs.first(where: { $0.sources.contains { $0.id == sourceID } }),
            let source = sources[sourceID], source.kind.isList
        else {
            throw JobFailure(
                description: "job \(job.id): \(sourceID) is not a list source of the agency files", retryable: false)
        }
        let label = job.payload["variant"] ?? ""
        guard let variant = source.variants().first(where: { $0.variantLabel == label }) else {
            throw JobFailure(
                description: "job \(job.id): \(sourceID) has no variant \(label.isEmpty ? "(none)" : label)",
                retryable: false)
        }
        let database = try await PostgresConnection.connect(to: settings.databaseURL)
        do {
            var run = SourceRun(
                source: variant, agency: agency, sources: sources, database: database,
                archive: PageArchive(root: URL(fileURLWithPath: settings.archiveDirectory)),
                trigger: job.trigger == .timer ? .timer : .manual)
            run.onlyAgency = job.payload["only_agency"].flatMap(Agency.init(rawValue:))
            run.apply(settings)
            run.recheckAge = recheckAge
            run.jobID = job.id
            let result = try await run.run(pages: fetcher)
            await database.close()
            let summary = SourceRun.summary(source: variant.id, result)
            let advice = FailureAdvice(agency: agency, configs: configs)
            let firstURL = result.crawl.pageFailures.first?.url
            let explained = advice.runFailed(source: sourceID, reason: result.reason, failures: result.crawl.failures)
            if result.outcome == .failed {
                throw JobFailure(description: explained, retryable: true, run: result.run, url: firstURL)
            }
            return Done(
                summary: summary, failedPages: result.crawl.pageFailures.count,
                programsChanged: result.stored.new.count + result.stored.changed.count, run: result.run,
                warning: result.crawl.failures.isEmpty ? nil : explained)
        } catch {
            await database.close()
            throw error
        }
    }
}
