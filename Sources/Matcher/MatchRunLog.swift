import Foundation
import Match
import PostgresClient

/// The `match_runs` rows: one per run, opened before any work (so a crashed run is visible as `running`) and
/// closed with its counts and timings.
struct MatchRunLog: Sendable {
    let database: PostgresConnection

    /// Arbitrary, fixed: the transaction-scoped lock under which a run checks that no other is running and opens.
    static let openLockKey = 7_404_811_020_260_008

    /// Opens a run, unless another is running: two runs merging into the same lists from states each read before the
    /// other wrote would leave them wrong. A run still `running` after `PendingPrograms.abandonedAfter` is taken to
    /// have died (its process was killed) and no longer blocks.
    func open(_ mode: MatchMode, trigger: MatchTrigger, asOf: Date, topK: Int, minimumScore: Int) async throws -> Int64
    {
        try await database.transaction { db in
            try await db.query("SELECT pg_advisory_xact_lock(\(Self.openLockKey))")
            let running = try await db.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT id FROM match_runs
                        WHERE outcome = 'running' AND started_at > now() - interval '\(PendingPrograms.abandonedAfter)'
                        ORDER BY id LIMIT 1
                        """))
            if let other = running.first { throw MatcherError.runInProgress(try other.decode(Int64.self, "id")) }
            let rows = try await db.query(
                """
                INSERT INTO match_runs (mode, trigger, algorithm_version, as_of, top_k, minimum_score)
                VALUES (\(mode.rawValue), \(trigger.rawValue), \(MatchAlgorithm.version), \(asOf), \(topK), \(minimumScore))
                RETURNING id
                """)
            return try rows[0].decode(Int64.self, "id")
        }
    }

    func finish(_ runID: Int64, _ summary: MatchRunSummary) async throws {
        let timings = String(
            format: #"{"load_s":%.3f,"rank_s":%.3f,"write_s":%.3f,"total_s":%.3f}"#, summary.loadSeconds,
            summary.rankSeconds, summary.writeSeconds, summary.totalSeconds)
        try await database.query(
            """
            UPDATE match_runs SET finished_at = now(), outcome = 'ok', mode = \(summary.mode.rawValue),
                organizations = \(summary.organizations), programs = \(summary.programs),
                programs_changed = \(summary.programsChanged), organizations_ranked = \(summary.organizationsRanked),
                organizations_updated = \(summary.organizationsUpdated), pairs_scored = \(Int64(summary.pairsScored)),
                matches_written = \(Int64(summary.matchesWritten)), matches_removed = \(Int64(summary.matchesRemoved)),
                batches = \(summary.batches), batches_done = \(summary.batches), timings = \(PostgresJSON(text: timings))
            WHERE id = \(runID)
            """)
    }

    func fail(_ runID: Int64, error: any Error) async {
        _ = try? await database.query(
            """
            UPDATE match_runs SET finished_at = now(), outcome = 'failed', error = \(String(describing: error))
            WHERE id = \(runID)
            """)
    }

    /// The latest successful run's as-of instant, if it ran the current algorithm (an older algorithm's scores
    /// cannot be merged into: the next run must be full).
    func lastSuccessfulAsOf() async throws -> Date? {
        let rows = try await database.query(
            "SELECT as_of, algorithm_version FROM match_runs WHERE outcome = 'ok' ORDER BY finished_at DESC LIMIT 1")
        guard let row = rows.first, try row.decode(String.self, "algorithm_version") == MatchAlgorithm.version else {
            return nil
        }
        return try row.decode(Date.self, "as_of")
    }
}
