import Foundation
import IngestMetrics
import Match
import PostgresClient

/// A match run: loads the open programs and the organizations, ranks them in parallel batches, writes each batch
/// in one transaction, records the run, and invalidates the cache keys of organizations whose lists changed.
public struct MatchRecompute: Sendable {
    let databaseURL: String
    let cache: MatchCacheInvalidator?

    public init(databaseURL: String, cache: MatchCacheInvalidator? = nil) {
        self.databaseURL = databaseURL
        self.cache = cache
    }

    public func run(_ options: MatchOptions) async throws -> MatchRunSummary {
        let started = ContinuousClock.now
        return try await withDatabase { database in try await run(options, on: database, started: started) }
    }

    private func run(_ options: MatchOptions, on database: PostgresConnection, started: ContinuousClock.Instant)
        async throws -> MatchRunSummary
    {
        let log = MatchRunLog(database: database)
        var summary = MatchRunSummary()
        summary.asOf = options.asOf
        var previousAsOf: Date?
        if options.mode == .changed { previousAsOf = try await log.lastSuccessfulAsOf() }
        // A changed run follows time forward (programs closing, deadlines nearing). As of an earlier instant (a
        // catch-up or replayed run), programs the last run removed as closed may be open again: a full run is the
        // one that is sure to bring them back.
        if let previous = previousAsOf, options.asOf < previous { previousAsOf = nil }
        summary.mode = previousAsOf == nil ? .full : .changed
        let runID = try await log.open(
            summary.mode, trigger: options.trigger, asOf: options.asOf, topK: options.topK,
            minimumScore: options.minimumScore)
        summary.runID = runID
        do {
            let everyone = options.organizationIDs == nil
            let pending =
                everyone
                ? try await PendingPrograms.take(runID: runID, in: database)
                : try await PendingPrograms.peek(in: database)
            let programs = try await OpenPrograms.load(asOf: options.asOf, from: database)
            let organizations = try await MatchOrganizations.load(ids: options.organizationIDs, from: database)
            let states = try await MatchOrganizations.states(of: options.organizationIDs, from: database)
            let catalog = MatchCatalog(
                programs: programs, keywords: organizations.lazy.flatMap(\.prepared.keywords), asOf: options.asOf)
            summary.organizations = organizations.count
            summary.programs = programs.count
            summary.loadSeconds = Self.seconds(since: started)

            var plan = BatchPlan(options: options, runID: runID, catalog: catalog, states: states)
            if let previousAsOf {
                var changed = Set(pending)
                changed.formUnion(try await OpenPrograms.closed(between: previousAsOf, and: options.asOf, in: database))
                for program in programs
                where UrgencyBucket(end: program.end, openEnded: program.openEnded, asOf: previousAsOf)
                    != UrgencyBucket(end: program.end, openEnded: program.openEnded, asOf: options.asOf)
                {
                    changed.insert(program.id)
                }
                summary.programsChanged = changed.count
                let changedPrograms = changed.sorted()
                plan.changedPrograms = changedPrograms
                plan.storedChanged = try await MatchOrganizations.storedMatches(of: changedPrograms, from: database)
            } else {
                summary.programsChanged = pending.count
            }
            let outcome = try await plan.run(organizations, databaseURL: databaseURL)
            summary.organizationsRanked = outcome.ranked
            summary.updatedOrganizationIDs = outcome.updated.sorted()
            summary.pairsScored = outcome.pairs
            summary.matchesWritten = outcome.written
            summary.matchesRemoved = outcome.removed
            summary.batches = outcome.batches
            summary.rankSeconds = outcome.rankSeconds
            summary.writeSeconds = outcome.writeSeconds
            if everyone { try await PendingPrograms.finish(runID: runID, in: database) }
            // A run that rewrote much of the table leaves the planner's statistics behind it until autovacuum comes
            // round; the next changed run's per-organization lookups would meanwhile be planned as scans.
            if outcome.written + outcome.removed >= Self.analyzeAfterRows {
                try await database.query("ANALYZE funding_matches, match_org_state")
            }
            summary.totalSeconds = Self.seconds(since: started)
            try await log.finish(runID, summary)
            PipelineMetrics.matchRunFinished(
                mode: summary.mode.rawValue, seconds: summary.totalSeconds, matchesWritten: summary.matchesWritten)
        } catch {
            await log.fail(runID, error: error)
            throw error
        }
        // The scores are stored whatever happens here; a cache that could not be told is reported, not fatal.
        if let cache, !summary.updatedOrganizationIDs.isEmpty {
            do {
                try await cache.invalidate(organizations: summary.updatedOrganizationIDs)
            } catch {
                summary.cacheFailure = String(describing: error)
            }
        }
        return summary
    }

    /// Rows written or removed from which a run refreshes the tables' statistics.
    static let analyzeAfterRows = 100_000

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
