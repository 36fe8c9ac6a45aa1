import Foundation

/// What `connect-ingest status` found, section by section; a section is nil when its service did not answer (and
/// `problems` says which). Encoded as JSON with snake_case keys for scripts and alerts.
struct StatusReport: Encodable {
    var generatedAt: Date
    var queue: QueueStatus?
    /// The last run of every list source (and of any source with a run), by agency; nil when PostgreSQL did not
    /// answer.
    var sources: [SourceRunStatus]?
    /// Nil when there never was a match run (or PostgreSQL did not answer).
    var lastMatchRun: MatchRunStatus?
    /// Programs stored new or changed that no match run has taken yet.
    var programsWaitingForMatcher: Int?
    var problems: [ServiceProblem] = []
}

/// A service that did not answer (or answered with an error), named as the settings name it.
struct ServiceProblem: Encodable {
    /// `postgres` or `redis queue`.
    var service: String
    /// The URL, password masked.
    var target: String
    var error: String
    /// True when the service could not be reached at all (exit 69), false when it answered with an error.
    var unreachable: Bool

    /// The problem as one line, the same in the report's text and on standard error.
    var line: String {
        "\(service) (\(target)) \(unreachable ? "did not answer" : "failed"): \(error)"
    }
}

/// The queue's depths by state, how long the oldest ready job has waited, and who holds what.
struct QueueStatus: Encodable {
    var target: String
    var ready: Int
    /// Of `ready`, held back behind a running crawl of the same source.
    var coalesced: Int
    var delayed: Int
    var leased: Int
    var dead: Int
    var done: Int
    /// Nil when nothing is ready.
    var oldestWaitingSeconds: Double?
    var leases: [LeaseStatus]
}

struct LeaseStatus: Encodable {
    var job: String
    var kind: String
    var agency: String?
    var source: String?
    /// Attempts made before this one.
    var attempt: Int
    /// `host:pid:instance`.
    var worker: String
    var expiresAt: Date
    /// Past its expiry (its worker died or stalls); the next lease call puts the job back.
    var expired: Bool
}

/// A source's latest `scrape_runs` row, or `outcome` "never" when it has none.
struct SourceRunStatus: Encodable {
    /// The run's agency, else the source's, else `shared` (IRIS and NTIS).
    var agency: String
    var source: String
    var enabled: Bool
    var run: Int64?
    var trigger: String?
    var job: String?
    var startedAt: Date?
    var finishedAt: Date?
    var seconds: Double?
    /// `ok`, `partial`, `failed`, `running`, or `never`.
    var outcome: String
    var reason: String?
    var pagesFetched = 0
    var pagesNotModified = 0
    var pagesFailed = 0
    var itemsParsed = 0
    var programsNew = 0
    var programsChanged = 0
    var programsUnchanged = 0
}

/// The latest `match_runs` row.
struct MatchRunStatus: Encodable {
    var run: Int64
    var mode: String
    var trigger: String
    var asOf: Date
    var startedAt: Date
    var finishedAt: Date?
    var seconds: Double?
    /// `ok`, `failed`, or `running`.
    var outcome: String
    var error: String?
    var organizations: Int
    var programs: Int
    var programsChanged: Int
    var organizationsRanked: Int
    var organizationsUpdated: Int
    var pairsScored: Int64
    var matchesWritten: Int64
    var matchesRemoved: Int64
    var batches: Int
    var batchesDone: Int
}

extension StatusReport {
    /// Pretty, sorted, ISO 8601 dates: stable output to diff and to parse.
    var json: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
