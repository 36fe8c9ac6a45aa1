import Foundation
import PostgresClient

/// The archive's index in PostgreSQL (`fetched_pages`): one row per fetch with its URL, source, run, status, useful
/// headers and the digest of the archived body; the validators of the newest fetch of a request for the next
/// conditional GET; and retention.
public struct FetchedPageIndex: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public struct Entry: Sendable {
        public var runID: Int64?
        public var source: String
        public var url: String
        public var method: String
        /// Identifies the request (method, URL, form) across runs: what validators are remembered for.
        public var requestDigest: String
        public var status: Int
        public var etag: String?
        public var lastModified: String?
        public var contentType: String?
        public var charset: String?
        public var bodyDigest: String?
        public var bodyBytes: Int?

        public init(
            runID: Int64?, source: String, url: String, method: String, requestDigest: String, status: Int,
            etag: String? = nil, lastModified: String? = nil, contentType: String? = nil, charset: String? = nil,
            bodyDigest: String? = nil, bodyBytes: Int? = nil
        ) {
            self.runID = runID
            self.source = source
            self.url = url
            self.method = method
            self.requestDigest = requestDigest
            self.status = status
            self.etag = etag
            self.lastModified = lastModified
            self.contentType = contentType
            self.charset = charset
            self.bodyDigest = bodyDigest
            self.bodyBytes = bodyBytes
        }
    }

    /// Records one fetch; returns its row id (for `keepValidators`).
    @discardableResult
    public func record(_ entry: Entry) async throws -> Int64 {
        let rows = try await connection.query(
            """
            INSERT INTO fetched_pages (run_id, source_code, url, method, request_digest, status, not_modified, etag,
                last_modified, content_type, charset, body_digest, body_bytes)
            VALUES (\(entry.runID), \(entry.source), \(entry.url), \(entry.method), \(entry.requestDigest),
                \(entry.status), \(entry.status == 304), \(entry.etag), \(entry.lastModified), \(entry.contentType),
                \(entry.charset), \(entry.bodyDigest), \(entry.bodyBytes))
            RETURNING id
            """)
        return try rows[0].decode(Int64.self, "id")
    }

    /// Gives a recorded fetch its validators once what it led to is done: a list page's are kept only after every
    /// row on it was followed through, so a crawl cut short (a killed worker, a failed detail) is not answered with a
    /// 304 next time, which would hide those rows for good.
    public func keepValidators(entry id: Int64, etag: String?, lastModified: String?) async throws {
        try await connection.query(
            "UPDATE fetched_pages SET etag = \(etag), last_modified = \(lastModified) WHERE id = \(id)")
    }

    /// The validators of the newest fetch of this request that had any (a 304 keeps the earlier ones).
    public func validators(requestDigest: String) async throws -> (etag: String?, lastModified: String?)? {
        let rows = try await connection.query(
            """
            SELECT etag, last_modified FROM fetched_pages
            WHERE request_digest = \(requestDigest) AND (etag IS NOT NULL OR last_modified IS NOT NULL)
            ORDER BY fetched_at DESC, id DESC LIMIT 1
            """)
        guard let row = rows.first else { return nil }
        return (try row.decode(String?.self, "etag"), try row.decode(String?.self, "last_modified"))
    }

    /// An archived body of a request: its digest, the URL it came from and its Content-Type.
    public struct StoredBody: Sendable, Hashable {
        public var digest: String
        public var url: String
        public var contentType: String?
    }

    /// The newest archived body of this request, within run `run` or fetched since `since` when given.
    public func newestBody(requestDigest: String, run: Int64? = nil, since: Date? = nil) async throws -> StoredBody? {
        let rows = try await connection.query(
            """
            SELECT body_digest, url, content_type FROM fetched_pages
            WHERE request_digest = \(requestDigest) AND body_digest IS NOT NULL
                AND (\(run)::bigint IS NULL OR run_id = \(run))
                AND (\(since)::timestamptz IS NULL OR fetched_at >= \(since))
            ORDER BY fetched_at DESC, id DESC LIMIT 1
            """)
        guard let row = rows.first else { return nil }
        return StoredBody(
            digest: try row.decode(String.self, "body_digest"), url: try row.decode(String.self, "url"),
            contentType: try row.decode(String?.self, "content_type"))
    }

    /// Deletes index rows fetched before `cutoff`, except those of each source's newest run and those a recorded,
    /// unresolved failure points at; returns the body digests no remaining row or failure refers to (the archive
    /// files that may go).
    public func prune(before cutoff: Date) async throws -> [String] {
        try await connection.transaction { connection in
            let deleted = try await connection.query(
                """
                WITH newest AS (
                    SELECT DISTINCT ON (source_code) source_code, run_id FROM fetched_pages
                    WHERE run_id IS NOT NULL ORDER BY source_code, fetched_at DESC, id DESC
                ), kept AS (
                    SELECT f.id FROM fetched_pages f JOIN newest n USING (source_code, run_id)
                    UNION
                    SELECT f.id FROM fetched_pages f
                    JOIN page_failures p ON p.archive_digest = f.body_digest AND p.resolved_at IS NULL
                )
                DELETE FROM fetched_pages WHERE fetched_at < \(cutoff) AND id NOT IN (SELECT id FROM kept)
                RETURNING body_digest
                """)
            let candidates = Set(try deleted.compactMap { try $0.decode(String?.self, "body_digest") })
            guard !candidates.isEmpty else { return [] }
            let still = try await connection.query(
                """
                SELECT body_digest AS digest FROM fetched_pages WHERE body_digest = ANY(\(Array(candidates)))
                UNION SELECT archive_digest FROM page_failures WHERE archive_digest = ANY(\(Array(candidates)))
                """)
            let referenced = Set(try still.compactMap { try $0.decode(String?.self, "digest") })
            return candidates.subtracting(referenced).sorted()
        }
    }
}
