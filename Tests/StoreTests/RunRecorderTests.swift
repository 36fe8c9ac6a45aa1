import PostgresClient
import Store
import TestSupport
import Testing

@Suite("Run records")
struct RunRecorderTests {
    static func figures(items: Int = 0, skipped: Int = 0, failed: Int = 0, notModified: Int = 0, stop: String? = nil)
        -> RunRecorder.Figures
    {
        var figures = RunRecorder.Figures()
        figures.itemsParsed = items
        figures.itemsSkipped = skipped
        figures.pagesFailed = failed
        figures.pagesNotModified = notModified
        figures.stopReason = stop
        return figures
    }

    @Test("a run's outcome")
    func outcomes() {
        #expect(RunRecorder.outcome(Self.figures(items: 12), previousItems: 10).0 == .ok)
        #expect(RunRecorder.outcome(Self.figures(items: 12, failed: 2), previousItems: 10).0 == .partial)
        #expect(RunRecorder.outcome(Self.figures(failed: 3), previousItems: nil).0 == .failed)
        #expect(RunRecorder.outcome(Self.figures(items: 5, stop: "breaker"), previousItems: 10) == (.failed, "breaker"))
        // Nothing at all after a run that found items: an alarm, not an empty success.
        let empty = RunRecorder.outcome(Self.figures(), previousItems: 10)
        #expect(empty.0 == .failed && empty.1?.contains("10 in the previous one") == true)
        // Not when the list answered 304, nor when only other agencies' rows were listed, nor on a first run.
        #expect(RunRecorder.outcome(Self.figures(notModified: 1), previousItems: 10).0 == .ok)
        #expect(RunRecorder.outcome(Self.figures(skipped: 7), previousItems: 10).0 == .ok)
        #expect(RunRecorder.outcome(Self.figures(), previousItems: nil).0 == .ok)
    }

    @Test("runs are recorded with their figures; an empty run after a full one is failed with its reason")
    func recorded() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await MigrationRunner(connection: db).migrate()
            try await SourceCatalog(connection: db).sync([
                .init(
                    code: "kimst.notice.list", agency: "KIMST", name: "KIMST", kind: "html_list",
                    host: "www.kimst.re.kr", shared: false, enabled: true)
            ])
            let runs = RunRecorder(connection: db)
            let first = try await runs.start(source: "kimst.notice.list", agency: "KIMST", trigger: .timer)
            #expect(try await runs.finish(first, source: "kimst.notice.list", figures: Self.figures(items: 9)).0 == .ok)
            let second = try await runs.start(source: "kimst.notice.list", agency: "KIMST", trigger: .timer)
            try await runs.recordFailure(
                run: second, source: "kimst.notice.list",
                url: "https://www.kimst.re.kr/u/news/notice_01/board.do?page=1",
                stage: "parse", digest: "abc", code: "layout changed", message: "rows selector found nothing")
            let (outcome, reason) = try await runs.finish(
                second, source: "kimst.notice.list", figures: Self.figures(failed: 1))
            #expect(outcome == .failed && reason?.contains("previous") == true)
            let row = try await db.query("SELECT outcome, reason, items_parsed FROM scrape_runs WHERE id = \(second)")
            #expect(try row[0].decode(String.self, "outcome") == "failed")
            let failures = try await db.query("SELECT archive_digest FROM page_failures WHERE run_id = \(second)")
            #expect(try failures[0].decode(String.self, "archive_digest") == "abc")
        }
    }
}
