import Foundation
import Match

/// Full: every organization ranked against every open program. Changed: only what changed since the last run
/// (programs new or changed, programs a day's passing moved to another urgency bucket or closed, organizations
/// whose profile changed); the table ends as a full run at the same as-of would leave it.
public enum MatchMode: String, Sendable, Hashable, CaseIterable {
    case full, changed
}

/// Who started a run (recorded on its row).
public enum MatchTrigger: String, Sendable, Hashable {
    case manual, worker, replay, benchmark
}

public struct MatchOptions: Sendable {
    public var mode: MatchMode
    /// Only these organizations (both modes); nil for all.
    public var organizationIDs: [Int64]?
    /// The instant scores are computed at: closing and deadline urgency are measured from it.
    public var asOf: Date
    public var topK: Int
    /// Next-best programs kept per organization beyond its list, so a changed run can refill a list that lost a
    /// program without ranking it whole.
    public var reserveSize: Int
    public var minimumScore: Int
    public var batchSize: Int
    /// Batches ranked at once, each on its own database connection.
    public var concurrency: Int
    public var trigger: MatchTrigger
    /// Told after every batch: organizations done so far, and in all (for a progress bar or periodic log lines).
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(
        mode: MatchMode, organizationIDs: [Int64]? = nil, asOf: Date = Date(), topK: Int = MatchAlgorithm.defaultTopK,
        minimumScore: Int = MatchAlgorithm.defaultMinimumScore, batchSize: Int = 2000,
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, trigger: MatchTrigger = .manual
    ) {
        self.mode = mode
        self.organizationIDs = organizationIDs
        self.asOf = asOf
        self.topK = topK
        self.reserveSize = max(10, topK / 2)
        self.minimumScore = minimumScore
        self.batchSize = batchSize
        self.concurrency = max(1, concurrency)
        self.trigger = trigger
    }
}

/// What a run did, as its `match_runs` row records it.
public struct MatchRunSummary: Sendable {
    public var runID: Int64 = 0
    /// The mode actually run: a `changed` request with no earlier run (or another algorithm's) runs `full`.
    public var mode: MatchMode = .full
    public var asOf = Date()
    public var organizations = 0
    public var programs = 0
    public var programsChanged = 0
    /// Organizations whose whole list was ranked (all in a full run; new or changed ones, and those that lost a
    /// match they needed a next-best for, in a changed run).
    public var organizationsRanked = 0
    /// Organizations whose stored list changed (their cache keys are invalidated).
    public var organizationsUpdated: Int { updatedOrganizationIDs.count }
    public var pairsScored = 0
    public var matchesWritten = 0
    public var matchesRemoved = 0
    public var batches = 0
    public var loadSeconds = 0.0
    public var rankSeconds = 0.0
    public var writeSeconds = 0.0
    public var totalSeconds = 0.0
    /// The organizations whose stored list changed.
    public var updatedOrganizationIDs: [Int64] = []
    /// Why their cache keys could not be invalidated, if they could not.
    public var cacheFailure: String?
}
