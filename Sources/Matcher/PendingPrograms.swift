import Foundation
import PostgresClient

/// `match_pending_programs`: programs the store inserted or changed since a run last took them. A run takes the
/// waiting ones (and those of runs that failed or died), and removes them only when it finishes: a run that dies
/// leaves them for the next.
enum PendingPrograms {
    /// Runs still `running` after this long are taken to have died; their programs are taken again.
    static let abandonedAfter = "1 hour"

    static func take(runID: Int64, in database: PostgresConnection) async throws -> [Int64] {
        let rows = try await database.query(
            PostgresQuery(
                unsafeSQL: """
                    UPDATE match_pending_programs p SET run_id = $1
                    WHERE p.run_id IS NULL OR NOT EXISTS (
                        SELECT 1 FROM match_runs r WHERE r.id = p.run_id AND r.outcome = 'running'
                            AND r.started_at > now() - interval '\(abandonedAfter)')
                    RETURNING program_id
                    """, binds: [runID.postgresBind]))
        return try rows.map { try $0.decode(Int64.self, "program_id") }
    }

    /// The waiting programs without taking them: a run limited to some organizations scores them for those only,
    /// and leaves them for the next run of everyone.
    static func peek(in database: PostgresConnection) async throws -> [Int64] {
        let rows = try await database.query("SELECT program_id FROM match_pending_programs")
        return try rows.map { try $0.decode(Int64.self, "program_id") }
    }

    static func finish(runID: Int64, in database: PostgresConnection) async throws {
        try await database.query("DELETE FROM match_pending_programs WHERE run_id = \(runID)")
    }
}
