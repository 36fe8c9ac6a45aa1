/// One versioned step of the database schema. Migrations are applied in version order, each in its own
/// transaction, and recorded with a checksum of their SQL so an edited migration is noticed.
public struct Migration: Sendable, Hashable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Every migration this binary knows, in order. Later issues append here.
    public static let all: [Migration] = [
        initial, listRows, programRecords, analystViews, bulkStore, mergeKeyHashes, organizations, matching,
        sourceRowKeys, queuedByStore,
    ]
}
