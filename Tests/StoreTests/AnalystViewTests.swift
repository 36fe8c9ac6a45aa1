import Foundation
import Parse
import PostgresClient
import Store
import TestSupport
import Testing

@Suite("What analysts query")
struct AnalystViewTests {
    @Test("open programs show their deadline in Korea time; closed ones and the listing's filters behave")
    func openPrograms() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await ProgramStoreTests.prepare(db)
            let open = ProgramStoreTests.call(
                "iris.detail", "027001", title: "2027년도 정보보호 핵심원천기술개발 신규과제 공고", closing: (12, 30))
            var closed = ProgramStoreTests.call("iris.detail", "025001", title: "2025년도 정보보호 기술개발 공고")
            closed.period.end = LocalDate(year: 2025, month: 3, day: 10).map { KoreaTime.instant($0, hour: 18) }
            _ = try await ProgramStore(connection: db).store([open, closed])
            // The session's zone must not matter.
            try await db.query("SET TIME ZONE 'UTC'")
            let rows = try await db.query("SELECT title, deadline_kst FROM open_programs")
            #expect(rows.count == 1)
            #expect(try rows[0].decode(String.self, "deadline_kst") == "2026-12-30 18:00")
            let listing = ProgramListing(connection: db)
            #expect(try await listing.rows().count == 2)
            #expect(try await listing.rows(openOnly: true).map(\.title) == [open.title])
            #expect(try await listing.rows(search: "핵심원천").count == 1)
            #expect(try await listing.rows(agency: "KEIT").isEmpty)
            let withSources = try await db.query("SELECT source_count::int AS n FROM program_with_sources ORDER BY id")
            #expect(try withSources.map { try $0.decode(Int.self, "n") } == [1, 1])
        }
    }
}
