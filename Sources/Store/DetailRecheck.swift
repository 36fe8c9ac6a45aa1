import PostgresClient

/// Which unchanged list rows still deserve a fresh look at their detail page: a program's budget or deadline is often
/// corrected on the detail page only, while its list row stays the same. A row is due when its detail sighting
/// belongs to a program not yet closed and was last seen longer ago than `age`.
public struct DetailRecheck: Sendable {
    let connection: PostgresConnection
    public let age: Duration
    /// `age` as PostgreSQL's `make_interval(secs =>)` takes it.
    private let ageSeconds: Double

    public init(connection: PostgresConnection, age: Duration) {
        self.connection = connection
        self.age = age
        self.ageSeconds = Double(age.components.seconds) + Double(age.components.attoseconds) / 1e18
    }

    /// Of `ids` (source ids of the detail source `source`), those due for a re-check now.
    public func due(source: String, ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        let rows = try await connection.query(
            """
            SELECT s.source_item_id FROM program_sources s JOIN programs p ON p.id = s.program_id
            WHERE s.source_code = \(source) AND s.source_item_id = ANY(\(ids)::text[])
                AND s.last_seen_at <= now() - make_interval(secs => \(ageSeconds))
                AND program_status(p.application_start, p.application_end, now()) <> 'closed'
            """)
        return Set(try rows.map { try $0.decode(String.self, "source_item_id") })
    }

    /// Whether any sighting of the detail source `source` is due: then the list pages are read in full (no
    /// validators), since a 304 on the list would hide the rows whose details need the re-check.
    public func anyDue(source: String) async throws -> Bool {
        let rows = try await connection.query(
            """
            SELECT EXISTS (
                SELECT 1 FROM program_sources s JOIN programs p ON p.id = s.program_id
                WHERE s.source_code = \(source) AND s.last_seen_at <= now() - make_interval(secs => \(ageSeconds))
                    AND program_status(p.application_start, p.application_end, now()) <> 'closed'
            ) AS due
            """)
        return try rows.first?.decode(Bool.self, "due") ?? false
    }
}
