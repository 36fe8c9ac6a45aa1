import PostgresClient
import Store
import TestSupport
import Testing

@Suite("Remembered list rows")
struct ListRowMemoryTests {
    @Test("rows are new, then unchanged, then changed when what they show changes; skipped rows are remembered too")
    func compareAndRemember() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await MigrationRunner(connection: db).migrate()
            try await db.query(
                "INSERT INTO sources (code, name, kind, host, is_shared) VALUES ('iris.list', 'IRIS', 'json_list', 'www.iris.go.kr', true)"
            )
            let memory = ListRowMemory(connection: db)
            let rows = [
                ListRowMemory.Row(id: "014954", hash: "h1"), ListRowMemory.Row(id: "015000", hash: "h2", skipped: true),
            ]
            #expect(try await memory.compare(source: "iris.list", rows: rows) == ["014954": .new, "015000": .new])
            try await memory.remember(source: "iris.list", rows: rows, run: nil)
            #expect(
                try await memory.compare(source: "iris.list", rows: rows) == [
                    "014954": .unchanged, "015000": .unchanged,
                ])
            let edited = [ListRowMemory.Row(id: "014954", hash: "h1-deadline-moved"), rows[1]]
            #expect(try await memory.compare(source: "iris.list", rows: edited)["014954"] == .changed)
            try await memory.remember(source: "iris.list", rows: edited + [edited[0]], run: nil)
            #expect(try await memory.compare(source: "iris.list", rows: edited)["014954"] == .unchanged)
            let skipped = try await db.query("SELECT skipped FROM list_rows_seen WHERE row_id = '015000'")
            #expect(try skipped[0].decode(Bool.self, "skipped"))
        }
    }
}
