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
        let reserves = lists.map { RankedEntry.encode($0.reserve) }
        let complete = lists.map(\.reserveComplete)
        try await db.query(
            """
            INSERT INTO match_org_state AS s (organization_id, run_id, profile_updated_at, algorithm_version, as_of,
                match_count, last_score, last_program_id, list_digest, reserve, reserve_complete)
            SELECT x.id, \(runID), x.profile, \(MatchAlgorithm.version), \(asOf), x.count, NULLIF(x.score, -1),
                NULLIF(x.program, 0), x.digest, x.reserve, x.complete
            FROM unnest(\(ids)::bigint[], \(profiles)::timestamptz[], \(counts)::integer[], \(lastScores)::smallint[],
                \(lastPrograms)::bigint[], \(digests)::text[], \(reserves)::text[], \(complete)::boolean[])
                AS x (id, profile, count, score, program, digest, reserve, complete)
            ON CONFLICT (organization_id) DO UPDATE SET run_id = excluded.run_id,
                profile_updated_at = excluded.profile_updated_at, algorithm_version = excluded.algorithm_version,
                as_of = excluded.as_of, match_count = excluded.match_count, last_score = excluded.last_score,
                last_program_id = excluded.last_program_id, list_digest = excluded.list_digest,
                reserve = excluded.reserve, reserve_complete = excluded.reserve_complete
            """)
    }

    /// One organization's changes from a changed run: the changed programs its list held (taken out, and put back
    /// if they still belong), the candidates that may enter, and what is known beyond the list.
    struct Merge: Sendable {
        let organizationID: Int64
        var removals: [Int64] = []
        var upserts: [ScoredMatch] = []
        /// Known candidates that were not upserted, in rank order.
        var leftovers: [RankedEntry] = []
        /// Everything ranking below this is unknown (nil: nothing else scores enough).
        var boundary: (score: Int, programID: Int64)?
        var reserveSize = 0
        /// The list's length and last entry after the merge, when they follow without ranking the stored list.
        var knownEnd: (count: Int, entry: RankedEntry)?

        /// The new reserve from the leftovers and the rows the trim pushed out: only what ranks at or above the
        /// boundary is certain (an unknown program may rank between the others), at most `reserveSize` of it.
        func reserve(trimmed: [RankedEntry]) -> (entries: [RankedEntry], complete: Bool) {
            var known = (leftovers + trimmed).sorted { ScoredMatch.ranksBefore($0.rank, $1.rank) }
            if let boundary { known = known.filter { !ScoredMatch.ranksBefore(boundary, $0.rank) } }
            let complete = boundary == nil && known.count <= reserveSize
            return (Array(known.prefix(reserveSize)), complete)
        }
    }

    /// Applies merges, trims every touched list back to K, and records the touched organizations' new ends and
    /// reserves.
    func merge(_ merges: [Merge]) async throws -> Written {
        var written = Written()
        guard !merges.isEmpty else { return written }
        written.updatedOrganizations = merges.filter { !$0.upserts.isEmpty || !$0.removals.isEmpty }.map(
            \.organizationID)
        let upserts = merges.flatMap(\.upserts)
        let removalOrgs = merges.flatMap { merge in merge.removals.map { _ in merge.organizationID } }
        let removalPrograms = merges.flatMap(\.removals)
        let ids = merges.map(\.organizationID)
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
                    SELECT x.o, x.p, x.s, x.c, x.r::json, \(MatchAlgorithm.version), \(runID)
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
            // One pass over the lists whose end is not known: rows past K are deleted (and returned, for the
            // reserves), and each list's new length and last entry are read from the same ranking.
            var trimmed: [Int64: [RankedEntry]] = [:]
            var ends: [Int64: (count: Int, entry: RankedEntry)] = [:]
            for merge in merges { if let known = merge.knownEnd { ends[merge.organizationID] = known } }
            let ranked = merges.filter { $0.knownEnd == nil }.map(\.organizationID)
            let ranking =
                ranked.isEmpty
                ? nil
                : try await db.query(
                    """
                    WITH ranked AS (
                        SELECT organization_id, program_id, score,
                            row_number() OVER (PARTITION BY organization_id ORDER BY score DESC, program_id) AS rank
                        FROM funding_matches WHERE organization_id = ANY(\(ranked)::bigint[])),
                    trimmed AS (
                        DELETE FROM funding_matches f USING ranked r
                        WHERE f.organization_id = r.organization_id AND f.program_id = r.program_id AND r.rank > \(topK)
                        RETURNING f.organization_id, f.program_id, f.score)
                    SELECT true AS trimmed, organization_id, program_id, score, 0::bigint AS rank FROM trimmed
                    UNION ALL
                    SELECT * FROM (
                        SELECT DISTINCT ON (organization_id) false, organization_id, program_id, score, rank
                        FROM ranked WHERE rank <= \(topK) ORDER BY organization_id, rank DESC) ends
                    """)
            for row in ranking.map(Array.init) ?? [] {
                let organization = try row.decode(Int64.self, "organization_id")
                let entry = RankedEntry(
                    programID: try row.decode(Int64.self, "program_id"), score: try row.decode(Int.self, "score"))
                if try row.decode(Bool.self, "trimmed") {
                    trimmed[organization, default: []].append(entry)
                } else {
                    ends[organization] = (try row.decode(Int.self, "rank"), entry)
                }
            }
            written.removed += trimmed.values.reduce(0) { $0 + $1.count }
            let reserves = merges.map { $0.reserve(trimmed: trimmed[$0.organizationID] ?? []) }
            try await db.query(
                """
                UPDATE match_org_state s SET run_id = \(runID), as_of = \(asOf), match_count = o.count,
                    last_score = NULLIF(o.score, -1), last_program_id = NULLIF(o.program, 0), list_digest = NULL,
                    reserve = o.reserve, reserve_complete = o.complete
                FROM unnest(\(ids)::bigint[], \(ids.map { Int32(ends[$0]?.count ?? 0) })::integer[],
                    \(ids.map { Int16(ends[$0]?.entry.score ?? -1) })::smallint[],
                    \(ids.map { ends[$0]?.entry.programID ?? 0 })::bigint[],
                    \(reserves.map { RankedEntry.encode($0.entries) })::text[], \(reserves.map(\.complete))::boolean[])
                    AS o (id, count, score, program, reserve, complete)
                WHERE s.organization_id = o.id
                """)
        }
        return written
    }
}
