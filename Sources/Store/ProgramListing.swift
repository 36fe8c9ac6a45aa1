import Foundation
import PostgresClient

/// Programs as analysts list them: filtered by agency, open now, or a word in the title; deadline in Korea time.
public struct ProgramListing: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public struct Row: Sendable, Hashable, Codable {
        public var id: Int64
        public var agency: String
        public var title: String
        public var status: String
        public var deadline: String?
        public var sources: Int
        public var detailURL: String?

        enum CodingKeys: String, CodingKey {
            case id, agency, title, status, deadline, sources
            case detailURL = "detail_url"
        }
    }

    public func rows(agency: String? = nil, openOnly: Bool = false, search: String? = nil, limit: Int = 500)
        async throws -> [Row]
    {
        let pattern = search.map { "%" + $0.replacingOccurrences(of: "%", with: "\\%") + "%" }
        let rows = try await connection.query(
            """
            SELECT p.id, p.agency_code, p.title, program_status(p.application_start, p.application_end, now()) AS status,
                to_char(p.application_end AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS deadline,
                (SELECT count(*) FROM program_sources s WHERE s.program_id = p.id)::int AS sources, p.detail_url
            FROM programs p
            WHERE (\(agency)::text IS NULL OR p.agency_code = \(agency))
                AND (NOT \(openOnly) OR program_status(p.application_start, p.application_end, now()) = 'open')
                AND (\(pattern)::text IS NULL OR p.title ILIKE \(pattern))
            ORDER BY p.application_end NULLS LAST, p.id
            LIMIT \(limit)
            """)
        return try rows.map { row in
            Row(
                id: try row.decode(Int64.self, "id"), agency: try row.decode(String.self, "agency_code"),
                title: try row.decode(String.self, "title"), status: try row.decode(String.self, "status"),
                deadline: try row.decode(String?.self, "deadline"), sources: try row.decode(Int.self, "sources"),
                detailURL: try row.decode(String?.self, "detail_url"))
        }
    }
}
