import PostgresClient

/// What a source's list rows looked like the last time they were seen (`list_rows_seen`), so a crawl follows only
/// new or changed rows and stops at the first page with nothing new.
public struct ListRowMemory: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// A row as a list page shows it.
    public struct Row: Sendable, Hashable {
        public var id: String
        /// A digest of what the row shows (title, dates, status …): a change means the detail is worth fetching.
        public var hash: String
        /// Left out on purpose (another agency, test junk): remembered so it does not count as new next time.
        public var skipped: Bool

        public init(id: String, hash: String, skipped: Bool = false) {
            self.id = id
            self.hash = hash
            self.skipped = skipped
        }
    }

    public enum Change: String, Sendable, Hashable {
        case new, changed, unchanged
    }

    /// How each row compares with what was remembered, by id.
    public func compare(source: String, rows: [Row]) async throws -> [String: Change] {
        guard !rows.isEmpty else { return [:] }
        let known = try await connection.query(
            """
            SELECT row_id, row_hash FROM list_rows_seen
            WHERE source_code = \(source) AND row_id = ANY(\(rows.map(\.id)))
            """)
        var hashes: [String: String] = [:]
        for row in known { hashes[try row.decode(String.self, "row_id")] = try row.decode(String.self, "row_hash") }
        var result: [String: Change] = [:]
        for row in rows {
            guard let hash = hashes[row.id] else {
                result[row.id] = .new
                continue
            }
            result[row.id] = hash == row.hash ? .unchanged : .changed
        }
        return result
    }

    /// Records the rows as seen now (by `run`, when there is one).
    public func remember(source: String, rows: [Row], run: Int64?) async throws {
        guard !rows.isEmpty else { return }
        var latest: [String: Row] = [:]
        for row in rows { latest[row.id] = row }
        // Sorted, so every worker locks the rows it updates in one order: two workers remembering the same rows at
        // once wait for each other instead of deadlocking (a dictionary's order differs between processes).
        let unique = latest.values.sorted { $0.id < $1.id }
        try await connection.query(
            """
            INSERT INTO list_rows_seen (source_code, row_id, row_hash, skipped, last_run_id)
            SELECT \(source), r.id, r.hash, r.skipped, \(run)
            FROM unnest(\(unique.map(\.id))::text[], \(unique.map(\.hash))::text[], \(unique.map(\.skipped))::boolean[])
                AS r (id, hash, skipped)
            ON CONFLICT (source_code, row_id) DO UPDATE
            SET row_hash = EXCLUDED.row_hash, skipped = EXCLUDED.skipped, last_seen_at = now(),
                last_run_id = EXCLUDED.last_run_id
            """)
    }
}
