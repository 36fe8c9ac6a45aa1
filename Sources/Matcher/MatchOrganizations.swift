import Foundation
import Match
import Organizations
import PostgresClient

/// An organization as a run ranks it, with the profile version (`updated_at`) its scores will reflect.
struct LoadedOrganization: Sendable {
    let prepared: PreparedOrganization
    let updatedAt: Date
}

/// What a run reads of organizations: their profiles, their state after the last run, and the stored scores of
/// changed programs.
enum MatchOrganizations {
    /// Profiles and versions come from the same rows, so a run records the version of the profile it ranked.
    static func load(ids: [Int64]?, from database: PostgresConnection) async throws -> [LoadedOrganization] {
        try await OrganizationStore(connection: database).versionedOrganizations(ids: ids).map {
            LoadedOrganization(prepared: PreparedOrganization($0.organization), updatedAt: $0.updatedAt)
        }
    }

    /// The states of these organizations (nil: of all).
    static func states(of ids: [Int64]? = nil, from database: PostgresConnection) async throws
        -> [Int64: OrganizationMatchState]
    {
        let columns = """
            SELECT organization_id, profile_updated_at, algorithm_version, match_count, last_score, last_program_id,
                list_digest, reserve, reserve_complete
            FROM match_org_state
            """
        let rows =
            if let ids {
                try await database.query("\(unsafeRaw: columns) WHERE organization_id = ANY(\(ids)::bigint[])")
            } else {
                try await database.query(PostgresQuery(unsafeSQL: columns))
            }
        var states: [Int64: OrganizationMatchState] = [:]
        states.reserveCapacity(rows.count)
        for row in rows {
            states[try row.decode(Int64.self, "organization_id")] = OrganizationMatchState(
                profileUpdatedAt: try row.decode(Date.self, "profile_updated_at"),
                algorithmVersion: try row.decode(String.self, "algorithm_version"),
                matchCount: try row.decode(Int.self, "match_count"), lastScore: try row.decode(Int?.self, "last_score"),
                lastProgramID: try row.decode(Int64?.self, "last_program_id"),
                listDigest: try row.decode(String?.self, "list_digest"),
                reserve: RankedEntry.decode(try row.decode(String.self, "reserve")),
                reserveComplete: try row.decode(Bool.self, "reserve_complete"))
        }
        return states
    }

    /// Stored rows of these programs, per organization then program.
    static func storedMatches(of programIDs: [Int64], from database: PostgresConnection) async throws
        -> [Int64: [Int64: StoredMatch]]
    {
        guard !programIDs.isEmpty else { return [:] }
        let rows = try await database.query(
            """
            SELECT organization_id, program_id, score, reasons::text AS reasons FROM funding_matches
            WHERE program_id = ANY(\(programIDs)::bigint[])
            """)
        var stored: [Int64: [Int64: StoredMatch]] = [:]
        for row in rows {
            stored[try row.decode(Int64.self, "organization_id"), default: [:]][
                try row.decode(Int64.self, "program_id")] = StoredMatch(
                    score: try row.decode(Int.self, "score"), reasons: try row.decode(String.self, "reasons"))
        }
        return stored
    }
}

/// A stored match as a changed run compares it: an unchanged score and breakdown need no write.
struct StoredMatch: Sendable {
    let score: Int
    let reasons: String
}
