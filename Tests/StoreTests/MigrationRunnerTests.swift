import Foundation
import PostgresClient
import Store
import TestSupport
import Testing

@Suite("Migrations")
struct MigrationRunnerTests {
    private func count(_ db: PostgresConnection, _ query: PostgresQuery) async throws -> Int {
        try await db.query(query)[0].decode(Int.self, at: 0)
    }

    @Test("a fresh database gets every migration; a rerun applies nothing")
    func migrateTwice() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            let runner = MigrationRunner(connection: db)
            let first = try await runner.migrate()
            #expect(first.map(\.version) == Migration.all.map(\.version))
            let second = try await runner.migrate()
            #expect(second.isEmpty)
            #expect(try await runner.appliedVersions() == Migration.all.map(\.version))
            await db.close()
        }
    }

    @Test("the first migration creates the tables the pipeline needs")
    func tables() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            try await MigrationRunner(connection: db).migrate()
            let tables = try await db.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            ).map { try $0.decode(String.self, "table_name") }
            for name in [
                "agencies", "sources", "programs", "program_versions", "program_sources", "fetched_pages",
                "scrape_runs", "page_failures", "organizations", "funding_matches", "schema_migrations",
                "programs_current",
            ] {
                #expect(tables.contains(name), "missing table \(name)")
            }
            #expect(try await count(db, "SELECT count(*) FROM agencies") == 4)
            // Matches are read per organization through their primary key; migration 8 dropped the score and
            // program indexes and the foreign keys, which cost every row of a full match run.
            let indexes = try await db.query(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'funding_matches'"
            ).map { try $0.decode(String.self, "indexdef") }
            #expect(
                indexes.count == 1 && indexes.first?.contains("(organization_id, program_id)") == true, "\(indexes)")
            await db.close()
        }
    }

    @Test("three hosts migrating at once apply each migration exactly once")
    func concurrentMigrations() async throws {
        try await TestDatabase.withDatabase { url in
            let applied = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        let db = try await PostgresConnection.connect(to: url)
                        let count = try await MigrationRunner(connection: db).migrate().count
                        await db.close()
                        return count
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(applied == Migration.all.count)
        }
    }

    @Test("a database migrated by a newer binary is refused")
    func newerDatabase() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            let runner = MigrationRunner(connection: db)
            try await runner.migrate()
            try await db.query("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'future', 'x')")
            let error = await #expect(throws: MigrationError.self) { try await runner.migrate() }
            #expect(error?.description.contains("newer") == true)
            #expect(error?.description.contains("999") == true)
            await db.close()
        }
    }

    @Test("a migration edited after it was applied is refused")
    func editedMigration() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            let original = Migration(version: 1, name: "one", sql: "CREATE TABLE one (id int)")
            try await MigrationRunner(connection: db, migrations: [original]).migrate()
            let edited = Migration(version: 1, name: "one", sql: "CREATE TABLE one (id bigint)")
            let error = await #expect(throws: MigrationError.self) {
                try await MigrationRunner(connection: db, migrations: [edited]).migrate()
            }
            #expect(error?.description.contains("must not be edited") == true)
            await db.close()
        }
    }

    @Test("a failing migration is rolled back whole and not recorded")
    func failingMigration() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            let good = Migration(version: 1, name: "good", sql: "CREATE TABLE good (id int)")
            let bad = Migration(version: 2, name: "bad", sql: "CREATE TABLE half (id int); SELEC broken;")
            let error = await #expect(throws: MigrationError.self) {
                try await MigrationRunner(connection: db, migrations: [good, bad]).migrate()
            }
            #expect(error?.description.contains("migration 2 (bad) failed") == true)
            #expect(try await MigrationRunner(connection: db, migrations: [good]).appliedVersions() == [1])
            let half = try await db.query("SELECT to_regclass('half') IS NULL AS absent")
            #expect(try half[0].decode(Bool.self, "absent"))
            await db.close()
        }
    }
}
