import Foundation
import Metrics

/// The measurements the pipeline's stages record, one call per point: the series names and label orders live here
/// and in `MetricSeries`, not at the call sites.
public enum PipelineMetrics {
    /// The agency label of a request or run without one.
    static let noAgency = "none"

    /// One HTTP exchange with a site ended: `status` is the HTTP status, or the transport error's kind (`timeout`,
    /// `connection`, `tls`, …) when no response came.
    public static func requestCompleted(
        agency: String?, source: String, status: String, since start: ContinuousClock.Instant
    ) {
        let agency = agency ?? noAgency
        Counter(
            label: MetricSeries.httpRequests.name,
            dimensions: [("agency", agency), ("source", source), ("status", status)]
        )
        .increment()
        Metrics.Timer(
            label: MetricSeries.httpRequestDuration.name, dimensions: [("agency", agency), ("source", source)]
        )
        .record(duration: ContinuousClock.now - start)
    }

    /// A source run was recorded: pages, failures, programs stored, and the agency's last success.
    public static func sourceRunFinished(_ run: SourceRunFigures) {
        let scope = [("agency", run.agency), ("source", run.source)]
        for (result, count) in [("fetched", run.pagesFetched), ("not_modified", run.pagesNotModified)] {
            Counter(label: MetricSeries.pages.name, dimensions: scope + [("result", result)]).increment(by: count)
        }
        Counter(label: MetricSeries.pages.name, dimensions: scope + [("result", "failed")])
            .increment(by: run.failureReasons.count)
        var reasons = run.failureReasons
        if run.outcome == "failed" { reasons.append("run_failed") }
        for reason in reasons {
            Counter(
                label: MetricSeries.scrapingFailures.name, dimensions: [("agency", run.agency), ("reason", reason)]
            )
            .increment()
        }
        for (result, count) in [
            ("new", run.programsNew), ("changed", run.programsChanged), ("unchanged", run.programsUnchanged),
        ] {
            Counter(label: MetricSeries.programsStored.name, dimensions: [("agency", run.agency), ("result", result)])
                .increment(by: count)
        }
        Counter(label: MetricSeries.sourceRuns.name, dimensions: scope + [("outcome", run.outcome)]).increment()
        if run.outcome != "failed" { StateGauges.lastSuccess(agency: run.agency, at: run.finishedAt) }
    }

    /// A worker finished a queue job (`outcome`: succeeded, partial or failed).
    public static func jobFinished(kind: String, outcome: String) {
        Counter(label: MetricSeries.jobs.name, dimensions: [("kind", kind), ("outcome", outcome)]).increment()
    }

    /// A match run finished (`mode`: full or changed).
    public static func matchRunFinished(mode: String, seconds: Double, matchesWritten: Int) {
        Metrics.Timer(label: MetricSeries.matchRunDuration.name, dimensions: [("mode", mode)]).recordSeconds(seconds)
        Counter(label: MetricSeries.matchesGenerated.name, dimensions: [("mode", mode)]).increment(by: matchesWritten)
    }

    /// A batch of a shared match run (`match --enqueue`) was written by a worker: its matches count as generated;
    /// the run's duration is not this process's to measure.
    public static func matchBatchWritten(mode: String, matchesWritten: Int) {
        Counter(label: MetricSeries.matchesGenerated.name, dimensions: [("mode", mode)]).increment(by: matchesWritten)
    }
}

/// What one recorded source run did, as `PipelineMetrics.sourceRunFinished` counts it.
public struct SourceRunFigures: Sendable {
    /// The agency file's code: IITP, KEIT, TIPA, KIMST, or the hub (IRIS, NTIS).
    public var agency: String
    public var source: String
    /// `ok`, `partial` or `failed`, as the run record says.
    public var outcome: String
    public var pagesFetched = 0
    public var pagesNotModified = 0
    /// One entry per failed page: `<stage>_<code>` (`fetch_http`, `parse_blockPage`).
    public var failureReasons: [String] = []
    public var programsNew = 0
    public var programsChanged = 0
    public var programsUnchanged = 0
    /// Unix time.
    public var finishedAt = Date().timeIntervalSince1970

    public init(agency: String, source: String, outcome: String) {
        self.agency = agency
        self.source = source
        self.outcome = outcome
    }
}
