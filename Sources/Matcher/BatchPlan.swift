import Foundation
import Match
import PostgresClient

/// How a run's organizations are split into batches and shared across lanes (one task and one database
/// connection each): every lane ranks its batches and writes each in one transaction.
struct BatchPlan: Sendable {
    let options: MatchOptions
    let runID: Int64
    let catalog: MatchCatalog
    let states: [Int64: OrganizationMatchState]
    /// Programs a changed run re-scores for every organization it does not rank whole; nil in a full run.
    var changedPrograms: [Int64]?
    /// The stored scores of those programs, per organization.
    var storedChanged: [Int64: [Int64: Int]] = [:]

    struct Outcome: Sendable {
        var ranked = 0
        var updated: [Int64] = []
        var pairs = 0
        var written = 0
        var removed = 0
        var batches = 0
        var rankSeconds = 0.0
        var writeSeconds = 0.0

        mutating func add(_ other: Outcome) {
            ranked += other.ranked
            updated += other.updated
            pairs += other.pairs
            written += other.written
            removed += other.removed
            batches += other.batches
            rankSeconds += other.rankSeconds
            writeSeconds += other.writeSeconds
        }
    }

    func run(_ organizations: [LoadedOrganization], databaseURL: String) async throws -> Outcome {
        let size = max(1, options.batchSize)
        let batches = stride(from: 0, to: organizations.count, by: size).map {
            $0..<min($0 + size, organizations.count)
        }
        let lanes = min(options.concurrency, batches.count)
        guard lanes > 0 else { return Outcome() }
        return try await withThrowingTaskGroup(of: Outcome.self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    let database = try await PostgresConnection.connect(to: databaseURL)
                    do {
                        var scratch = catalog.makeScratch()
                        var outcome = Outcome()
                        for index in stride(from: lane, to: batches.count, by: lanes) {
                            try await runBatch(
                                organizations[batches[index]], on: database, scratch: &scratch, into: &outcome)
                        }
                        await database.close()
                        return outcome
                    } catch {
                        await database.close()
                        throw error
                    }
                }
            }
            var total = Outcome()
            for try await outcome in group { total.add(outcome) }
            return total
        }
    }

    private func runBatch(
        _ batch: ArraySlice<LoadedOrganization>, on database: PostgresConnection, scratch: inout MatchScratch,
        into outcome: inout Outcome
    ) async throws {
        let rankStart = ContinuousClock.now
        var lists: [RankedList] = []
        var merges: [MatchListWriter.Merge] = []
        for organization in batch {
            let id = organization.prepared.organization.id
            if let changed = changedPrograms, let state = states[id], state.algorithmVersion == MatchAlgorithm.version,
                state.profileUpdatedAt == organization.updatedAt,
                let merge = merge(organization.prepared, state: state, changed: changed, scratch: &scratch)
            {
                merges.append(merge)
                outcome.pairs += changed.count
                continue
            }
            let before = scratch.pairsScored
            let matches = catalog.topMatches(
                for: organization.prepared, limit: options.topK, minimumScore: options.minimumScore,
                scratch: &scratch)
            outcome.pairs += scratch.pairsScored - before
            outcome.ranked += 1
            lists.append(RankedList(organizationID: id, profileUpdatedAt: organization.updatedAt, matches: matches))
        }
        outcome.rankSeconds += MatchRecompute.seconds(since: rankStart)

        let writeStart = ContinuousClock.now
        let writer = MatchListWriter(database: database, runID: runID, asOf: options.asOf, topK: options.topK)
        for written in [try await writer.replace(lists, previous: states), try await writer.merge(merges)] {
            outcome.written += written.rows
            outcome.removed += written.removed
            outcome.updated += written.updatedOrganizations
        }
        outcome.batches += 1
        outcome.writeSeconds += MatchRecompute.seconds(since: writeStart)
    }

    /// The changes the changed programs make to a stored list, or nil when the list must be ranked whole: a
    /// program it held scores lower than the list's end now (or is gone) while the list is full, so the next-best
    /// program, which was never stored, may belong in it.
    private func merge(
        _ organization: PreparedOrganization, state: OrganizationMatchState, changed: [Int64],
        scratch: inout MatchScratch
    ) -> MatchListWriter.Merge? {
        let id = organization.organization.id
        let stored = storedChanged[id] ?? [:]
        let evaluations = catalog.evaluations(for: organization, programIDs: changed, scratch: &scratch)
        var end: (score: Int, programID: Int64)?
        if state.matchCount >= options.topK, let score = state.lastScore, let program = state.lastProgramID {
            end = (score, program)
        }
        var merge = MatchListWriter.Merge(organizationID: id)
        for programID in changed {
            var fresh = evaluations[programID]?.breakdown
            if let score = fresh?.score, score < options.minimumScore { fresh = nil }
            let rank = fresh.map { (score: $0.score, programID: programID) }
            if stored[programID] != nil {
                guard let fresh, let rank else {
                    if end != nil { return nil }
                    merge.removals.append(programID)
                    continue
                }
                if let end, ScoredMatch.ranksBefore(end, rank) { return nil }
                merge.upserts.append(ScoredMatch(organizationID: id, programID: programID, breakdown: fresh))
            } else if let fresh, let rank, end.map({ ScoredMatch.ranksBefore(rank, $0) }) ?? true {
                merge.upserts.append(ScoredMatch(organizationID: id, programID: programID, breakdown: fresh))
            }
        }
        return merge
    }
}
