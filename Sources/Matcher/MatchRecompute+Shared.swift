import Foundation
import IngestMetrics
import Match
import PostgresClient

/// A full run shared out as queue jobs: `startShared` opens the run and cuts the organizations into id ranges;
/// any worker on any host runs a batch with `runSharedBatch`; the batch that completes the set closes the run.
/// Batches are idempotent (a list is replaced, or left alone when its digest is unchanged), so a batch delivered
/// again after a worker died does no harm and is counted once.
extension MatchRecompute {
    /// One batch of a shared run: organizations with ids in `ids`.
    public struct SharedBatch: Sendable, Hashable {
        public var runID: Int64
        public var index: Int
        public var ids: ClosedRange<Int64>

        public init(runID: Int64, index: Int, ids: ClosedRange<Int64>) {
            self.runID = runID
            self.index = index
            self.ids = ids
        }
    }

    public func startShared(_ options: MatchOptions) async throws -> [SharedBatch] {
        try await withDatabase { database in
            let runID = try await MatchRunLog(database: database).open(
                .full, trigger: options.trigger, asOf: options.asOf, topK: options.topK,
                minimumScore: options.minimumScore)
            let pending = try await PendingPrograms.take(runID: runID, in: database)
            let ids = try await database.query("SELECT id FROM organizations ORDER BY id").map {
                try $0.decode(Int64.self, "id")
            }
            let size = max(1, options.batchSize)
            let batches = stride(from: 0, to: ids.count, by: size).enumerated().map { index, start in
                SharedBatch(runID: runID, index: index, ids: ids[start]...ids[min(start + size, ids.count) - 1])
            }
            try await database.query(
                """
                UPDATE match_runs SET batches = \(batches.count), programs_changed = \(pending.count),
                    organizations = \(ids.count)
                WHERE id = \(runID)
                """)
            if batches.isEmpty { try await finishShared(runID, in: database) }
            return batches
        }
    }

    /// Runs one batch; returns whether it was the last (the run is then closed and its pending programs cleared).
    public func runSharedBatch(_ batch: SharedBatch, catalogs: MatchCatalogCache) async throws -> Bool {
        try await withDatabase { database in
            let rows = try await database.query(
                "SELECT as_of, top_k, minimum_score, outcome FROM match_runs WHERE id = \(batch.runID)")
            guard let row = rows.first else { throw MatcherError.runNotFound(batch.runID) }
            guard try row.decode(String.self, "outcome") == "running" else { return false }
            var options = MatchOptions(
                mode: .full, asOf: try row.decode(Date.self, "as_of"), topK: try row.decode(Int.self, "top_k"),
                minimumScore: try row.decode(Int.self, "minimum_score"), concurrency: 1)
            options.batchSize = Int.max
            let asOf = options.asOf
            let catalog = try await catalogs.catalog(for: batch.runID) {
                let programs = try await OpenPrograms.load(asOf: asOf, from: database)
                let keywords = try await database.query(
                    """
                    SELECT DISTINCT k FROM organizations, unnest(key_technologies || research_focus) AS k
                    """
                ).map { try $0.decode(String.self, "k") }
                return MatchCatalog(programs: programs, keywords: keywords, asOf: asOf)
            }
            let ids = try await database.query(
                """
                SELECT id FROM organizations WHERE id BETWEEN \(batch.ids.lowerBound) AND \(batch.ids.upperBound)
                """
            ).map { try $0.decode(Int64.self, "id") }
            let organizations = try await MatchOrganizations.load(ids: ids, from: database)
            let states = try await MatchOrganizations.states(of: ids, from: database)
            let plan = BatchPlan(options: options, runID: batch.runID, catalog: catalog, states: states)
            let outcome = try await plan.run(organizations, databaseURL: databaseURL)
            let finished = try await database.query(
                """
                UPDATE match_runs SET batches_finished = array_append(batches_finished, \(batch.index)),
                    batches_done = batches_done + 1, programs = \(catalog.programCount),
                    organizations_ranked = organizations_ranked + \(outcome.ranked),
                    organizations_updated = organizations_updated + \(outcome.updated.count),
                    pairs_scored = pairs_scored + \(Int64(outcome.pairs)),
                    matches_written = matches_written + \(Int64(outcome.written)),
                    matches_removed = matches_removed + \(Int64(outcome.removed))
                WHERE id = \(batch.runID) AND NOT (\(batch.index) = ANY(batches_finished))
                RETURNING batches_done >= batches AS last
                """)
            PipelineMetrics.matchBatchWritten(mode: "full", matchesWritten: outcome.written)
            if let cache, !outcome.updated.isEmpty { try await cache.invalidate(organizations: outcome.updated) }
            guard try finished.first?.decode(Bool.self, "last") == true else { return false }
            try await finishShared(batch.runID, in: database)
            await catalogs.forget(batch.runID)
            return true
        }
    }

    private func finishShared(_ runID: Int64, in database: PostgresConnection) async throws {
        try await PendingPrograms.finish(runID: runID, in: database)
        try await database.query("ANALYZE funding_matches, match_org_state")
        try await database.query(
            "UPDATE match_runs SET finished_at = now(), outcome = 'ok' WHERE id = \(runID) AND outcome = 'running'")
    }

    func withDatabase<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let database = try await PostgresConnection.connect(to: databaseURL)
        do {
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }
}

/// A worker's catalog of a shared run, built on its first batch of that run and reused for the others (loading
/// the programs and looking up every keyword costs seconds; a batch of 2,000 organizations costs about as much).
public actor MatchCatalogCache {
    private var entries: [Int64: MatchCatalog] = [:]

    public init() {}

    func catalog(for runID: Int64, build: () async throws -> MatchCatalog) async throws -> MatchCatalog {
        if let catalog = entries[runID] { return catalog }
        let catalog = try await build()
        entries = [runID: catalog]
        return catalog
    }

    func forget(_ runID: Int64) {
        entries[runID] = nil
    }
}
