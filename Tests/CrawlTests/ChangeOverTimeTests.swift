import Crawl
import Foundation
import Parse
import PostgresClient
import Store
import Testing

@Suite("Change over time, crawled and stored")
struct ChangeOverTimeTests {
    @Test(
        "KEIT moves a deadline: the next incremental crawl follows only that row, and one new version names the field")
    func deadlineMoved() async throws {
        try await CrawlHarness.with { harness in
            var crawl = try harness.crawl("keit.itech.list")
            crawl.breakerThreshold = .max
            let store = ProgramStore(connection: harness.database)
            let firstWalk = await crawl.run()
            let first = try await store.store(firstWalk.programs)
            try await crawl.commit(firstWalk)
            #expect(!first.new.isEmpty)
            try harness.simulator.apply(scenarioNamed: "deadline-change")
            let second = await crawl.run()
            #expect(second.detailPagesFetched == 1, "only the changed row is followed: \(second.stops)")
            let stored = try await store.store(second.programs)
            try await crawl.commit(second)
            #expect(stored.changed.count == 1 && stored.new.isEmpty)
            let versions = try await harness.database.query(
                "SELECT changes::text AS changes FROM program_versions v JOIN programs p ON p.id = v.program_id WHERE p.source_item_id = 'I26077-2026'"
            )
            #expect(versions.count == 1)
            let changes = try versions[0].decode(String.self, "changes")
            #expect(changes.contains("application_end") && changes.contains("2026-12-14T18:00:00+09:00"))
            #expect(changes.contains("budget_total_krw"))
            // Crawled and stored once more, nothing changes.
            let third = try await store.store(await crawl.run().programs)
            #expect(third.changed.isEmpty && third.new.isEmpty)
        }
    }
}
