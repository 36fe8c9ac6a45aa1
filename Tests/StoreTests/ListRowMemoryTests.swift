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

    /// Two workers crawling one source remember the same rows at once. Each statement locks the rows it updates as it
    /// goes: in two different orders they deadlock (PostgreSQL 40P01, seen in CI). The row sets differ in size here,
    /// so any order that comes from hashing them differs between the two.
    @Test("two workers remembering the same rows at once both succeed, whatever order their rows came in")
    func concurrentRemember() async throws {
        try await TestDatabase.withSchema { db, schema in
            try await MigrationRunner(connection: db).migrate()
            try await db.query(
                "INSERT INTO sources (code, name, kind, host, is_shared) VALUES ('ntis.list', 'NTIS', 'html_list', 'www.ntis.go.kr', true)"
            )
            let other = try await PostgresConnection.connect(
                to: TestDatabase.url(try ServiceURLs.databaseURL(), searchPath: schema))
            let shared = (0..<3000).map { ListRowMemory.Row(id: "row-\($0)", hash: "h0") }
            try await ListRowMemory(connection: db).remember(source: "ntis.list", rows: shared, run: nil)
            for round in 1...4 {
                let first = shared.map { ListRowMemory.Row(id: $0.id, hash: "a\(round)") }
                let second =
                    shared.reversed().map { ListRowMemory.Row(id: $0.id, hash: "b\(round)") }
                    + (0..<(2000 * round)).map { ListRowMemory.Row(id: "extra-\($0)", hash: "b") }
                async let a: Void = ListRowMemory(connection: db).remember(source: "ntis.list", rows: first, run: nil)
                async let b: Void = ListRowMemory(connection: other).remember(
                    source: "ntis.list", rows: second, run: nil)
                _ = try await (a, b)
            }
            await other.close()
            let count = try await db.query("SELECT count(*)::int AS n FROM list_rows_seen")
            #expect(try count[0].decode(Int.self, "n") == 3000 + 8000)
        }
    }
}
