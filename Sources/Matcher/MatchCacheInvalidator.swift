import RedisClient

/// The web app caches an organization's match list in the cache Redis under `match:org:{id}:results` and its
/// summary under `match:org:{id}:summary` (names documented in docs/MATCHING.md). A run deletes both keys of every
/// organization whose stored list changed, so the next read goes to the table.
public struct MatchCacheInvalidator: Sendable {
    let connection: RedisConnection

    public init(connection: RedisConnection) {
        self.connection = connection
    }

    public static func keys(organization id: Int64) -> [String] {
        ["match:org:\(id):results", "match:org:\(id):summary"]
    }

    /// UNLINK in pipelined chunks: a full run may touch 100,000 organizations.
    public func invalidate(organizations ids: [Int64]) async throws {
        for start in stride(from: 0, to: ids.count, by: 500) {
            let keys = ids[start..<min(start + 500, ids.count)].flatMap(Self.keys)
            _ = try await connection.pipeline([(["UNLINK"] + keys).map { RedisArgument($0) }])
        }
    }
}
