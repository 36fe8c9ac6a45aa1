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
    var changedPrograms: [Int64]? {
        didSet { changedSet = Set(changedPrograms ?? []) }
    }
    /// The same, for lookups: made once per run, not once per organization.
    private(set) var changedSet: Set<Int64> = []
    /// The stored rows of those programs, per organization then program.
    var storedChanged: [Int64: [Int64: StoredMatch]] = [:]

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
        let counter = ProgressCounter(total: organizations.count, report: options.progress)
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
                            await counter.add(batches[index].count)
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
                outcome.pairs += changed.count + state.reserve.count
                // A list no changed program enters or leaves, whose reserve stays the same, is left alone.
                if !merge.removals.isEmpty || !merge.upserts.isEmpty
                    || merge.reserve(trimmed: []) != (state.reserve, state.reserveComplete)
                {
                    merges.append(merge)
                }
                continue
            }
            let before = scratch.pairsScored
            lists.append(
                RankedList(
                    organization, catalog: catalog, topK: options.topK, reserveSize: options.reserveSize,
                    minimumScore: options.minimumScore, scratch: &scratch))
            outcome.pairs += scratch.pairsScored - before
            outcome.ranked += 1
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

    /// The changes the changed programs make to a stored list; nil when the list must be ranked whole because it
    /// needs programs that were never scored into it or its reserve.
    ///
    /// The changed programs the list held are taken out; the candidates are the changed programs and the reserve,
    /// scored now. The list's other members are unchanged and all rank at or above its old end; everything never
    /// stored ranks below the reserve's end (the boundary). So the new list is the old members plus the best
    /// candidates, and it is exact unless it needs a candidate from below the boundary.
    private func merge(
        _ organization: PreparedOrganization, state: OrganizationMatchState, changed: [Int64],
        scratch: inout MatchScratch
    ) -> MatchListWriter.Merge? {
        let id = organization.organization.id
        let candidateIDs = changed + state.reserve.map(\.programID).filter { !changedSet.contains($0) }
        let evaluations = catalog.evaluations(for: organization, programIDs: candidateIDs, scratch: &scratch)
        // A changed program the list holds whose score and breakdown came out the same is an unchanged member.
        var stored = storedChanged[id] ?? [:]
        var unchangedMembers = Set<Int64>()
        for (programID, row) in stored {
            if let breakdown = evaluations[programID]?.breakdown, breakdown.score >= options.minimumScore,
                breakdown.score == row.score, breakdown.json == row.reasons
            {
                stored[programID] = nil
                unchangedMembers.insert(programID)
            }
        }
        var candidates: [ScoredMatch] = []
        for programID in candidateIDs where !unchangedMembers.contains(programID) {
            guard let breakdown = evaluations[programID]?.breakdown, breakdown.score >= options.minimumScore else {
                continue
            }
            candidates.append(ScoredMatch(organizationID: id, programID: programID, breakdown: breakdown))
        }
        candidates.sort { ScoredMatch.ranksBefore(($0.score, $0.programID), ($1.score, $1.programID)) }

        let kept = state.matchCount - stored.count
        let needed = options.topK - kept
        let oldEnd = state.lastScore.flatMap { score in state.lastProgramID.map { (score: score, programID: $0) } }
        var boundary: (score: Int, programID: Int64)?
        if !state.reserveComplete {
            guard let end = state.reserve.last?.rank ?? oldEnd else { return nil }
            boundary = end
        }
        if needed > 0, let boundary {
            guard candidates.count >= needed,
                !ScoredMatch.ranksBefore(boundary, (candidates[needed - 1].score, candidates[needed - 1].programID))
            else { return nil }
        }
        let full = state.matchCount >= options.topK
        var upserts: [ScoredMatch] = []
        var leftovers: [RankedEntry] = []
        for (index, candidate) in candidates.enumerated() {
            let entersAboveEnd =
                !full || oldEnd.map { ScoredMatch.ranksBefore((candidate.score, candidate.programID), $0) } ?? true
            if upserts.count < options.topK, index < needed || entersAboveEnd {
                upserts.append(candidate)
            } else {
                leftovers.append(RankedEntry(programID: candidate.programID, score: candidate.score))
            }
        }
        var merge = MatchListWriter.Merge(organizationID: id)
        // Changed programs the list held and that do not come back are deleted; those that come back are updated.
        let returning = Set(upserts.map(\.programID))
        merge.removals = stored.keys.filter { !returning.contains($0) }.sorted()
        merge.upserts = upserts
        merge.leftovers = leftovers
        merge.boundary = boundary
        merge.reserveSize = options.reserveSize
        // Members updated in place, none added or removed, the old end not among them: the list keeps its length
        // and its end is the lower of the old end and the updated members, so no ranking of the stored list is
        // needed to know it.
        if let oldEnd, returning == Set(stored.keys), stored[oldEnd.programID] == nil {
            var end = RankedEntry(programID: oldEnd.programID, score: oldEnd.score)
            for upsert in upserts where ScoredMatch.ranksBefore(end.rank, (upsert.score, upsert.programID)) {
                end = RankedEntry(programID: upsert.programID, score: upsert.score)
            }
            merge.knownEnd = (state.matchCount, end)
        }
        return merge
    }
}

/// Organizations done across the lanes, passed to the run's progress callback after each batch.
actor ProgressCounter {
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?
    private var done = 0

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func add(_ count: Int) {
        done += count
        report?(done, total)
    }
}
