/// Every setting connect-ingest reads: its name in the config file, the environment variable that overrides it, its
/// kind and its default. One table, so `config show`, validation and the README cannot drift apart.
public struct SettingKey: Sendable, Hashable, CustomStringConvertible {
    /// How a setting's text is checked and interpreted.
    public enum Kind: Sendable, Hashable {
        case postgresURL, redisURL, path, duration, positiveInteger, text
        /// Comma-separated Korea times of day, `09:00,15:00`.
        case timesOfDay
        /// Comma-separated months and ascending ranges, `1-3` or `1,2,3`; empty for none.
        case months
    }

    /// Dotted name in the config file, e.g. `timing.lease`.
    public let name: String
    /// The environment variable that overrides the file.
    public let environmentVariable: String
    public let kind: Kind
    public let defaultValue: String
    /// One line for `config show` and the README.
    public let summary: String

    public var description: String { name }

    init(_ name: String, env: String? = nil, _ kind: Kind, default defaultValue: String, _ summary: String) {
        self.name = name
        self.environmentVariable =
            env ?? "CONNECT_" + name.uppercased().map { $0 == "." ? "_" : $0 }.map(String.init).joined()
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

extension SettingKey {
    public static let databaseURL = SettingKey(
        "database.url", env: "DATABASE_URL", .postgresURL,
        default: "postgresql://connect_ingest@127.0.0.1:54329/connect_ingest", "PostgreSQL (programs, runs, matches)")
    public static let redisQueueURL = SettingKey(
        "redis.queue_url", env: "REDIS_QUEUE_URL", .redisURL, default: "redis://127.0.0.1:63799/0",
        "Redis for the job queue and rate limits (AOF, noeviction)")
    public static let redisCacheURL = SettingKey(
        "redis.cache_url", env: "REDIS_CACHE_URL", .redisURL, default: "redis://127.0.0.1:63799/1",
        "Redis for caches (may be a separate LRU instance)")
    public static let archiveDirectory = SettingKey(
        "paths.archive", env: "CONNECT_ARCHIVE_DIR", .path, default: ".local/archive",
        "where every fetched page is archived")
    public static let archiveRetention = SettingKey(
        "archive.retention", env: "CONNECT_ARCHIVE_RETENTION", .duration, default: "90d",
        "archived pages older than this are pruned (never the newest run's of a source, nor a recorded failure's)")
    public static let agenciesDirectory = SettingKey(
        "paths.agencies", env: "CONNECT_AGENCIES_DIR", .path, default: "agencies", "per-agency TOML files")

    public static let userAgent = SettingKey(
        "fetch.user_agent", .text, default: "connect-ingest/0.1 (+https://connect.example/bot)",
        "User-Agent of every request: names the bot and where to read about it")
    public static let maxInFlight = SettingKey(
        "fetch.max_in_flight", .positiveInteger, default: "64", "transfers in flight at once, per process")
    public static let maxPerHost = SettingKey(
        "fetch.max_per_host", .positiveInteger, default: "8", "transfers in flight to one host, per process")
    public static let maxBodyBytes = SettingKey(
        "fetch.max_body_bytes", .positiveInteger, default: "20000000", "larger responses fail instead of being cut")
    public static let rateLimitWindow = SettingKey(
        "timing.rate_limit_window", .duration, default: "60s", "window of the per-host request limit")
    public static let leaseDuration = SettingKey(
        "timing.lease", .duration, default: "60s", "how long a worker's lease on a job lasts without renewal")
    public static let leaseRenewInterval = SettingKey(
        "timing.lease_renew", .duration, default: "15s", "how often a worker renews its leases")
    public static let retryBackoffBase = SettingKey(
        "timing.retry_backoff_base", .duration, default: "2s", "first request retry delay (doubles each try)")
    public static let retryBackoffMax = SettingKey(
        "timing.retry_backoff_max", .duration, default: "60s", "longest request retry delay")
    public static let retryAfterCap = SettingKey(
        "timing.retry_after_cap", .duration, default: "5m", "longest Retry-After the fetcher will honour")
    public static let jobBackoffBase = SettingKey(
        "timing.job_backoff_base", .duration, default: "30s", "first delay before a failed job is retried")
    public static let connectTimeout = SettingKey(
        "timing.connect_timeout", .duration, default: "10s", "TCP/TLS connect timeout (HTTP, PostgreSQL, Redis)")
    public static let requestTimeout = SettingKey(
        "timing.request_timeout", .duration, default: "60s", "whole-request timeout for one page")
    public static let commandTimeout = SettingKey(
        "timing.command_timeout", .duration, default: "5s", "timeout of one Redis command")
    public static let shutdownGrace = SettingKey(
        "timing.shutdown_grace", .duration, default: "30s", "how long SIGTERM waits for in-flight jobs")

    public static let scheduleSlots = SettingKey(
        "schedule.slots", .timesOfDay, default: "09:00,15:00",
        "Korea times the scheduler's slots start outside the peak months")
    public static let schedulePeakSlots = SettingKey(
        "schedule.peak_slots", .timesOfDay, default: "09:00,12:00,15:00,18:00",
        "Korea times the scheduler's slots start in the peak months")
    public static let schedulePeakMonths = SettingKey(
        "schedule.peak_months", .months, default: "1-3", "months (1-12) in which the peak slots apply")

    public static let breakerThreshold = SettingKey(
        "fetch.breaker_threshold", .positiveInteger, default: "3",
        "block or error pages in a row that stop a source for the rest of its run")
    public static let recheckOpenAfter = SettingKey(
        "work.recheck_open_after", .duration, default: "24h",
        "open programs' detail pages are fetched again when last seen longer ago than this, though their rows did not change"
    )

    public static let storeConnections = SettingKey(
        "store.connections", .positiveInteger, default: "2",
        "connections a store of more than 1,000 programs (a replay, a first crawl) writes its batches on at once")

    public static let matchTopK = SettingKey(
        "match.top_k", .positiveInteger, default: "50", "matches kept per organization (its best K programs)")
    public static let matchMinimumScore = SettingKey(
        "match.minimum_score", .positiveInteger, default: "25", "matches scoring below this (0-100) are not kept")
    public static let matchBatchSize = SettingKey(
        "match.batch_size", .positiveInteger, default: "2000",
        "organizations per match batch (one transaction each; one queue job each when a run is shared out)")

    public static let metricsListen = SettingKey(
        "metrics.listen", .text, default: "127.0.0.1:9464",
        "address:port where `work` serves /metrics (loopback by default); `off` for none")
    public static let metricsTextfileDirectory = SettingKey(
        "metrics.textfile_dir", .text, default: "off",
        "node_exporter's textfile folder, where timer-run commands write connect_ingest_<command>.prom; `off`: none")

    public static let all: [SettingKey] = [
        databaseURL, redisQueueURL, redisCacheURL, archiveDirectory, archiveRetention, agenciesDirectory, userAgent,
        maxInFlight, maxPerHost, maxBodyBytes, rateLimitWindow, leaseDuration, leaseRenewInterval, retryBackoffBase,
        retryBackoffMax, retryAfterCap, jobBackoffBase,
        connectTimeout, requestTimeout, commandTimeout, shutdownGrace,
        scheduleSlots, schedulePeakSlots, schedulePeakMonths, breakerThreshold, recheckOpenAfter,
        storeConnections, matchTopK, matchMinimumScore, matchBatchSize, metricsListen, metricsTextfileDirectory,
    ]
}
