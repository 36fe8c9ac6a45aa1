import Foundation
import Match
import PostgresClient

/// Writes ranked lists and merges into `funding_matches` and `match_org_state`, one transaction per batch: a
/// reader sees an organization's old list or its new one, never half of each.
struct MatchListWriter: Sendable {
    let database: PostgresConnection
    let runID: Int64
    let asOf: Date
    let topK: Int

    struct Written: Sendable {
        var rows = 0
        var removed = 0
        var updatedOrganizations: [Int64] = []
    }

    static let columns = [
        "organization_id", "program_id", "score", "confidence", "reasons", "algorithm_version", "run_id",
    ]

    /// Replaces the lists whose digest differs from the stored one; records every organization's state.
    func replace(_ lists: [RankedList], previous: [Int64: OrganizationMatchState]) async throws -> Written {
        var written = Written()
        let changed = lists.filter { previous[$0.organizationID]?.listDigest != $0.digest }
        written.updatedOrganizations = changed.map(\.organizationID)
        var rows = CopyTextRows(reservingBytes: changed.reduce(0) { $0 + $1.matches.count * 140 })
        let version = MatchAlgorithm.version.postgresBind
        let run = runID.postgresBind
        for list in changed {
            let organization = list.organizationID.postgresBind
            for match in list.matches {
                rows.append([
                    organization, match.programID.postgresBind, Int16(match.score).postgresBind,
                    Int16(match.breakdown.confidencePercent).postgresBind,
                    PostgresJSON(text: match.breakdown.json).postgresBind, version, run,
                ])
            }
        }
        written.rows = changed.reduce(0) { $0 + $1.matches.count }
        let changedIDs = changed.map(\.organizationID)
        try await database.transaction { db in
            if !changedIDs.isEmpty {
                let deleted = try await db.query(
                    "DELETE FROM funding_matches WHERE organization_id = ANY(\(changedIDs)::bigint[])")
                written.removed = deleted.affectedRows ?? 0
                if written.rows > 0 { try await db.copy(into: "funding_matches", columns: Self.columns, encoded: rows) }
            }
            try await recordStates(lists, in: db)
        }
        return written
    }

    private func recordStates(_ lists: [RankedList], in db: PostgresConnection) async throws {
        guard !lists.isEmpty else { return }
        let ids = lists.map(\.organizationID)
        let profiles = lists.map(\.profileUpdatedAt)
        let counts = lists.map { Int32($0.matches.count) }
        let lastScores = lists.map { Int16($0.last?.score ?? -1) }
        let lastPrograms = lists.map { $0.last?.programID ?? 0 }
        let digests = lists.map(\.digest)
        try await db.query(
            """
            INSERT INTO match_org_state AS s (organization_id, run_id, profile_updated_at, algorithm_version, as_of,
                match_count, last_score, last_program_id, list_digest)
            SELECT x.id, \(runID), x.profile, \(MatchAlgorithm.version), \(asOf), x.count, NULLIF(x.score, -1),
                NULLIF(x.program, 0), x.digest
            FROM unnest(\(ids)::bigint[], \(profiles)::timestamptz[], \(counts)::integer[], \(lastScores)::smallint[],
                \(lastPrograms)::bigint[], \(digests)::text[]) AS x (id, profile, count, score, program, digest)
            ON CONFLICT (organization_id) DO UPDATE SET run_id = excluded.run_id,
                profile_updated_at = excluded.profile_updated_at, algorithm_version = excluded.algorithm_version,
                as_of = excluded.as_of, match_count = excluded.match_count, last_score = excluded.last_score,
                last_program_id = excluded.last_program_id, list_digest = excluded.list_digest
            """)
    }

    /// One organization's changes from a changed run: rows to insert or update, programs to drop.
    struct Merge: Sendable {
        let organizationID: Int64
        var upserts: [ScoredMatch] = []
        var removals: [Int64] = []
    }

    /// Applies merges, trims every touched list back to K, and records the touched organizations' new ends.
    func merge(_ merges: [Merge]) async throws -> Written {
        var written = Written()
        let touched = merges.filter { !$0.upserts.isEmpty || !$0.removals.isEmpty }
        guard !touched.isEmpty else { return written }
        written.updatedOrganizations = touched.map(\.organizationID)
        let upserts = touched.flatMap(\.upserts)
        let removalOrgs = touched.flatMap { merge in merge.removals.map { _ in merge.organizationID } }
        let removalPrograms = touched.flatMap(\.removals)
        let ids = touched.map(\.organizationID)
        try await database.transaction { db in
            if !removalPrograms.isEmpty {
                let deleted = try await db.query(
                    """
                    DELETE FROM funding_matches f USING unnest(\(removalOrgs)::bigint[], \(removalPrograms)::bigint[])
                        AS x (organization_id, program_id)
                    WHERE f.organization_id = x.organization_id AND f.program_id = x.program_id
                    """)
                written.removed += deleted.affectedRows ?? 0
            }
            if !upserts.isEmpty {
                try await db.query(
                    """
                    INSERT INTO funding_matches AS f (organization_id, program_id, score, confidence, reasons,
                        algorithm_version, run_id)
                    SELECT x.o, x.p, x.s, x.c, x.r::jsonb, \(MatchAlgorithm.version), \(runID)
                    FROM unnest(\(upserts.map(\.organizationID))::bigint[], \(upserts.map(\.programID))::bigint[],
                        \(upserts.map { Int16($0.score) })::smallint[],
                        \(upserts.map { Int16($0.breakdown.confidencePercent) })::smallint[],
                        \(upserts.map(\.breakdown.json))::text[]) AS x (o, p, s, c, r)
                    ON CONFLICT (organization_id, program_id) DO UPDATE SET score = excluded.score,
                        confidence = excluded.confidence, reasons = excluded.reasons,
                        algorithm_version = excluded.algorithm_version, run_id = excluded.run_id, computed_at = now()
                    """)
                written.rows = upserts.count
            }
            let trimmed = try await db.query(
                """
                DELETE FROM funding_matches f USING (
                    SELECT organization_id, program_id,
                        row_number() OVER (PARTITION BY organization_id ORDER BY score DESC, program_id) AS rank
                    FROM funding_matches WHERE organization_id = ANY(\(ids)::bigint[])) r
                WHERE f.organization_id = r.organization_id AND f.program_id = r.program_id AND r.rank > \(topK)
                """)
            written.removed += trimmed.affectedRows ?? 0
            try await db.query(
                """
                UPDATE match_org_state s SET run_id = \(runID), as_of = \(asOf), match_count = COALESCE(e.n, 0),
                    last_score = e.score, last_program_id = e.program_id, list_digest = NULL
                FROM unnest(\(ids)::bigint[]) AS o (id)
                LEFT JOIN (
                    SELECT DISTINCT ON (organization_id) organization_id, program_id, score,
                        count(*) OVER (PARTITION BY organization_id) AS n
                    FROM funding_matches WHERE organization_id = ANY(\(ids)::bigint[])
                    ORDER BY organization_id, score ASC, program_id DESC) e ON e.organization_id = o.id
                WHERE s.organization_id = o.id
                """)
        }
        return written
    }
}
