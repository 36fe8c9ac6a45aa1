import Foundation
import Match
import PostgresClient

/// The `organizations` table: imports (all rows or none, in one transaction) and the loads the matcher and the
/// command line read. A re-import that changes nothing leaves `updated_at` alone, because the matcher recomputes
/// exactly the organizations whose `updated_at` is newer than their last match.
public struct OrganizationStore: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// What an import did. `ids` follows the order of the imported rows.
    public struct ImportOutcome: Sendable, Hashable {
        public var inserted: [Int64] = []
        public var updated: [Int64] = []
        public var unchanged: [Int64] = []
        public var ids: [Int64] = []

        public init() {}
    }

    /// Arbitrary, fixed: the advisory lock that makes concurrent imports take turns (each resolves identities
    /// against what the previous one stored).
    static let importLockKey = 7_404_811_020_260_007

    /// Inserts or updates every row in one transaction. An organization is the stored one with the same `ref`;
    /// failing that, the same business number; failing that, the same name and type. A dry run does it all,
    /// reports, and rolls back.
    /// - Parameters:
    ///   - cipher: needed when any row carries a business number (`BusinessNumberKeyError` otherwise).
    ///   - progress: told after every row written (rows done, rows in all), for a progress bar or log lines.
    public func importRows(
        _ rows: [ImportedOrganization], cipher: BusinessNumberCipher?, dryRun: Bool = false,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async throws -> ImportOutcome {
        let numbered = rows.contains { $0.businessNumber != nil }
        guard !numbered || cipher != nil else { throw BusinessNumberKeyError(code: .missing) }
        let sealed = try rows.map { row in try row.businessNumber.map { try cipher!.seal($0) } }
        return try await connection.transaction(rollingBack: dryRun) { db in
            try await OrganizationStore(connection: db).write(rows, sealed: sealed, progress: progress)
        }
    }

    /// The work of one import, inside the caller's transaction.
    private func write(
        _ rows: [ImportedOrganization], sealed: [SealedBusinessNumber?],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    ) async throws -> ImportOutcome {
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.importLockKey))")
        let targets = try await StoredIdentities.load(for: rows, sealed: sealed, from: connection).resolve(
            rows, sealed: sealed)
        var outcome = ImportOutcome()
        for ((row, seal), target) in zip(zip(rows, sealed), targets) {
            let values = try OrganizationColumnValues(row, sealed: seal)
            if let id = target {
                let changed = try await connection.query(values.update(id: id))
                if changed.isEmpty { outcome.unchanged.append(id) } else { outcome.updated.append(id) }
                outcome.ids.append(id)
            } else {
                let id = try await connection.query(values.insert)[0].decode(Int64.self, "id")
                outcome.inserted.append(id)
                outcome.ids.append(id)
            }
            progress?(outcome.ids.count, rows.count)
        }
        return outcome
    }
}
