import Foundation
import PostgresClient
import TestSupport
import Testing

@Suite("COPY FROM STDIN")
struct CopyTests {
    @Test("10,000 rows with awkward text, NULLs and Korean load in one COPY")
    func tenThousandRows() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query(
                "CREATE TABLE programs (id bigint PRIMARY KEY, title text, budget bigint, tags text[], seen timestamptz)"
            )
            let seen = Date(timeIntervalSince1970: 1_760_000_000)
            let rows = (1...10_000).map { id -> [PostgresBind] in
                let title = "2026년 정보통신방송 연구개발사업 \(id)차\t공고\\n \"따옴표\"\n둘째 줄"
                let budget: Int? = id % 7 == 0 ? nil : id * 100_000_000
                return [
                    id.postgresBind, title.postgresBind, budget.postgresBind, ["AI", "반도체,소재"].postgresBind,
                    seen.postgresBind,
                ]
            }
            let copied = try await db.copy(
                into: "programs", columns: ["id", "title", "budget", "tags", "seen"], rows: rows)
            #expect(copied == 10_000)
            let summary = try await db.query(
                "SELECT count(*) AS n, count(budget) AS budgets, max(id) AS top FROM programs")[0]
            #expect(try summary.decode(Int.self, "n") == 10_000)
            #expect(try summary.decode(Int.self, "budgets") == 10_000 - 10_000 / 7)
            let sample = try await db.query("SELECT title, tags, seen FROM programs WHERE id = \(4242)")[0]
            #expect(
                try sample.decode(String.self, "title")
                    == "2026년 정보통신방송 연구개발사업 4242차\t공고\\n \"따옴표\"\n둘째 줄")
            #expect(try sample.decode([String].self, "tags") == ["AI", "반도체,소재"])
            #expect(try sample.decode(Date.self, "seen") == seen)
        }
    }

    @Test("a bad value aborts the whole COPY, reports SQLSTATE, and leaves the connection usable")
    func badRowLoadsNothing() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE numbers (n int)")
            let rows: [[PostgresBind]] = [[1.postgresBind], ["not a number".postgresBind], [3.postgresBind]]
            let error = await #expect(throws: PostgresError.self) {
                try await db.copy(into: "numbers", columns: ["n"], rows: rows)
            }
            #expect(error?.sqlState == "22P02")
            #expect(try await db.query("SELECT count(*) FROM numbers")[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test("a row with the wrong number of values is refused before anything is sent")
    func wrongWidth() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE pairs (a int, b int)")
            let error = await #expect(throws: PostgresError.self) {
                try await db.copy(into: "pairs", columns: ["a", "b"], rows: [[1.postgresBind]])
            }
            #expect(error?.code == .copyFailed)
            #expect(error?.message.contains("row 1") == true)
        }
    }
}
