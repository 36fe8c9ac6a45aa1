import Foundation
import Parse
import PostgresClient
import Store
import TestSupport
import Testing

@Suite("Storing through PgBouncer in transaction pooling mode")
struct PgBouncerStoreTests {
    @Test("idempotent stores and concurrent workers behave through PgBouncer as they do directly")
    func throughBouncer() async throws {
        try await TestDatabase.withDatabase { direct in
            let setup = try await PostgresConnection.connect(to: direct)
            try await ProgramStoreTests.prepare(setup)
            await setup.close()
            try await PgBouncerProcess.with { bouncer in
                let url = bouncer.url(for: direct)
                let titles = (1...6).map { "2026년도 디지털 헬스케어 기술개발 신규과제 공고(\($0)차)" }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for source in ["iris.detail", "ntis.detail"] {
                        group.addTask {
                            let db = try await PostgresConnection.connect(to: url)
                            let programs = titles.enumerated().map { index, title in
                                ProgramStoreTests.call(
                                    source, source == "iris.detail" ? "0271\(index)" : "12771\(index)", title: title,
                                    iris: source == "ntis.detail" ? "0271\(index)" : nil)
                            }
                            for _ in 0..<2 { _ = try await ProgramStore(connection: db).store(programs) }
                            await db.close()
                        }
                    }
                    try await group.waitForAll()
                }
                let db = try await PostgresConnection.connect(to: url)
                #expect(try await ProgramStoreTests.count(db, "SELECT count(*) FROM programs") == 6)
                #expect(try await ProgramStoreTests.count(db, "SELECT count(*) FROM program_sources") == 12)
                #expect(try await ProgramStoreTests.count(db, "SELECT count(*) FROM program_versions") == 0)
                await db.close()
            }
        }
    }
}
