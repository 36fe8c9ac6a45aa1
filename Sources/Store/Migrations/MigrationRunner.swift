import PostgresClient

/// Brings a database to the schema this binary expects. Safe to run from several hosts at once: every step takes a
/// transaction-scoped advisory lock (PgBouncer-safe, unlike a session lock), re-reads what is applied, and applies
/// at most one migration before committing. Rerunning is a no-op; a database migrated by a newer binary, or whose
/// applied migration text differs from ours, is refused.
public struct MigrationRunner: Sendable {
    /// Arbitrary, fixed: identifies "the connect-ingest migration lock" among advisory locks.
    static let lockKey = 7_404_811_020_260_001

    private let connection: PostgresConnection
    private let migrations: [Migration]

    public init(connection: PostgresConnection, migrations: [Migration] = Migration.all) {
        self.connection = connection
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// The newest version this binary knows.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every pending migration; returns the ones applied by this call (empty when already current).
    @discardableResult
    public func migrate() async throws -> [Migration] {
        var applied: [Migration] = []
        while let migration = try await applyNext() {
            applied.append(migration)
        }
        return applied
    }

    /// The versions recorded in the database, oldest first.
    public func appliedVersions() async throws -> [Int] {
        try await connection.transaction { db in
            try await Self.ensureTable(db)
            return try await db.query("SELECT version FROM schema_migrations ORDER BY version").map {
                try $0.decode(Int.self, "version")
            }
        }
    }

    private func applyNext() async throws -> Migration? {
        try await connection.transaction { db in
            try await db.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try await Self.ensureTable(db)
            let rows = try await db.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version")
            var appliedVersions: Set<Int> = []
            for row in rows {
                let version = try row.decode(Int.self, "version")
                appliedVersions.insert(version)
                guard let known = migrations.first(where: { $0.version == version }) else {
                    throw MigrationError.databaseNewer(
                        databaseVersion: version, name: try row.decode(String.self, "name"),
                        binaryVersion: latestVersion)
                }
                let checksum = try row.decode(String.self, "checksum")
                if checksum != Self.checksum(known.sql) {
                    throw MigrationError.changedAfterApplied(version: version, name: known.name)
                }
            }
            guard let next = migrations.first(where: { !appliedVersions.contains($0.version) }) else { return nil }
            do {
                try await db.execute(script: next.sql)
            } catch let error as PostgresError {
                throw MigrationError.failed(version: next.version, name: next.name, underlying: error)
            }
            try await db.query(
                """
                INSERT INTO schema_migrations (version, name, checksum)
                VALUES (\(next.version), \(next.name), \(Self.checksum(next.sql)))
                """)
            return next
        }
    }

    private static func ensureTable(_ db: PostgresConnection) async throws {
        try await db.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     integer PRIMARY KEY,
                name        text NOT NULL,
                checksum    text NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """)
    }

    /// FNV-1a over the SQL's UTF-8 bytes: enough to notice an edited migration, with no dependency.
    static func checksum(_ sql: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sql.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Why the schema could not be brought up to date.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    case databaseNewer(databaseVersion: Int, name: String, binaryVersion: Int)
    case changedAfterApplied(version: Int, name: String)
    case failed(version: Int, name: String, underlying: PostgresError)

    public var description: String {
        switch self {
        case .databaseNewer(let databaseVersion, let name, let binaryVersion):
            "the database has migration \(databaseVersion) (\(name)) but this binary knows only up to "
                + "\(binaryVersion): it was migrated by a newer connect-ingest; upgrade this binary instead"
        case .changedAfterApplied(let version, let name):
            "migration \(version) (\(name)) differs from the one applied to the database; migrations must not be "
                + "edited once applied: add a new migration instead"
        case .failed(let version, let name, let underlying):
            "migration \(version) (\(name)) failed and was rolled back: \(underlying)"
        }
    }
}
