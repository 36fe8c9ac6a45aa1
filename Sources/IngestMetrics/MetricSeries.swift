/// One series family connect-ingest exposes: its name, what kind of Prometheus metric it is, and the help line.
/// Listed in one place so the exposition's HELP lines, the dashboard, the alert rules and the README cannot drift
/// apart (the tests check the dashboard and the rules against `MetricSeries.all`).
public struct MetricSeries: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case counter, gauge, histogram
    }

    /// The Prometheus name, with its unit and `_total` for counters (Prometheus naming guide).
    public let name: String
    public let kind: Kind
    /// The label names, in the order every sample carries them.
    public let labels: [String]
    public let help: String
    /// Upper bounds of a histogram's buckets, in seconds; empty for other kinds.
    public let buckets: [Double]

    init(_ name: String, _ kind: Kind, labels: [String] = [], buckets: [Double] = [], _ help: String) {
        self.name = name
        self.kind = kind
        self.labels = labels
        self.help = help
        self.buckets = buckets
    }
}

extension MetricSeries {
    public static let httpRequests = MetricSeries(
        "connect_ingest_http_requests_total", .counter, labels: ["agency", "source", "status"],
        "HTTP requests sent to the agencies' sites (retries and redirects each count), by response status or error")
    public static let httpRequestDuration = MetricSeries(
        "connect_ingest_http_request_duration_seconds", .histogram, labels: ["agency", "source"],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
        "Time of one HTTP exchange with a site, rate-limit waits and retry pauses excluded")
    /// The name the operations documents alert on: kept without the `connect_ingest_` prefix on purpose.
    public static let scrapingFailures = MetricSeries(
        "scraping_failures_total", .counter, labels: ["agency", "reason"],
        "Pages that failed (reason fetch_<kind>, parse_<code>, archive, configuration) and runs that failed (run_failed)"
    )
    public static let pages = MetricSeries(
        "connect_ingest_pages_total", .counter, labels: ["agency", "source", "result"],
        "Pages a source run asked for, by result: fetched, not_modified (a 304) or failed")
    public static let programsStored = MetricSeries(
        "connect_ingest_programs_stored_total", .counter, labels: ["agency", "result"],
        "Programs a source run stored, by result: new, changed or unchanged")
    public static let sourceRuns = MetricSeries(
        "connect_ingest_source_runs_total", .counter, labels: ["agency", "source", "outcome"],
        "Source runs finished, by outcome: ok, partial (some pages failed) or failed")
    public static let lastSuccess = MetricSeries(
        "connect_ingest_last_success_timestamp_seconds", .gauge, labels: ["agency"],
        "When an agency's (or hub's) last ok or partial source run finished, Unix time; 0 if it never did")
    public static let jobs = MetricSeries(
        "connect_ingest_jobs_total", .counter, labels: ["kind", "outcome"],
        "Queue jobs this worker finished, by kind and outcome: succeeded, partial or failed")
    public static let queueJobs = MetricSeries(
        "connect_ingest_queue_jobs", .gauge, labels: ["state"],
        "Jobs in the queue by state (ready, delayed, leased, dead), read from Redis at scrape time")
    public static let queueOldestWaiting = MetricSeries(
        "connect_ingest_queue_oldest_waiting_age_seconds", .gauge,
        "How long the longest-waiting ready job has waited; 0 when none is ready")
    public static let matchRunDuration = MetricSeries(
        "connect_ingest_match_run_duration_seconds", .histogram, labels: ["mode"],
        buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600], "Time of one match run, by mode: full or changed")
    public static let matchesGenerated = MetricSeries(
        "connect_ingest_matches_generated_total", .counter, labels: ["mode"],
        "Organization-program matches written by match runs")
    public static let stateReadFailures = MetricSeries(
        "connect_ingest_state_read_failures_total", .counter, labels: ["service"],
        "Scrapes or flushes that could not read the queue (redis) or the last runs (postgres); the gauges kept their last values"
    )

    public static let all: [MetricSeries] = [
        httpRequests, httpRequestDuration, scrapingFailures, pages, programsStored, sourceRuns, lastSuccess, jobs,
        queueJobs, queueOldestWaiting, matchRunDuration, matchesGenerated, stateReadFailures,
    ]

    /// The series named `name`, also for a histogram's `_bucket`, `_sum` and `_count` samples.
    public static func named(_ name: String) -> MetricSeries? {
        if let series = all.first(where: { $0.name == name }) { return series }
        for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
            let base = String(name.dropLast(suffix.count))
            if let series = all.first(where: { $0.name == base && $0.kind == .histogram }) { return series }
        }
        return nil
    }
}
