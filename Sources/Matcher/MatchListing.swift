import Foundation
import Match
import Organizations
import PostgresClient

/// Stored matches as analysts read them: one organization's list in rank order, with each program's title, agency,
/// deadline in Korea time and the breakdown.
public struct MatchListing: Sendable {
    let database: PostgresConnection

    public init(database: PostgresConnection) {
        self.database = database
    }

    public struct Row: Sendable, Codable, Hashable {
        public var rank: Int
        public var score: Int
        public var confidence: Int
        public var programID: Int64
        public var agency: String
        public var title: String
        public var deadlineKST: String?
        public var status: String
        /// The stored breakdown JSON (component codes and points).
        public var reasons: String
        public var algorithmVersion: String

        enum CodingKeys: String, CodingKey {
            case rank, score, confidence, programID = "program_id", agency, title, deadlineKST = "deadline_kst"
            case status, reasons, algorithmVersion = "algorithm_version"
        }
    }

    /// The organization named by id or exact name (`MatcherError.unknownOrganization` when none).
    public func organization(_ key: String) async throws -> Organization {
        guard let organization = try await OrganizationStore(connection: database).find(key) else {
            throw MatcherError.unknownOrganization(key)
        }
        return organization
    }

    public func rows(organizationID: Int64, top: Int) async throws -> [Row] {
        let rows = try await database.query(
            """
            SELECT rank, score, confidence, program_id, agency_code, program_title,
                to_char(deadline_kst, 'YYYY-MM-DD HH24:MI') AS deadline, status, reasons::text AS reasons,
                algorithm_version
            FROM organization_top_matches WHERE organization_id = \(organizationID)
            ORDER BY rank LIMIT \(top)
            """)
        return try rows.map { row in
            Row(
                rank: try row.decode(Int.self, "rank"), score: try row.decode(Int.self, "score"),
                confidence: try row.decode(Int.self, "confidence"), programID: try row.decode(Int64.self, "program_id"),
                agency: try row.decode(String.self, "agency_code"), title: try row.decode(String.self, "program_title"),
                deadlineKST: try row.decode(String?.self, "deadline"), status: try row.decode(String.self, "status"),
                reasons: try row.decode(String.self, "reasons"),
                algorithmVersion: try row.decode(String.self, "algorithm_version"))
        }
    }
}
