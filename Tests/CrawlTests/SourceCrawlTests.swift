import Crawl
import Foundation
import Parse
import PostgresClient
import Testing

@Suite("Walking every fixture source")
struct SourceCrawlTests {
    static let listSources = [
        "iris.list", "ntis.list", "iitp.ezone.list", "keit.itech.list", "keit.srome.list", "tipa.smtech.list",
        "tipa.notice.list", "kimst.business.list", "kimst.notice.list",
    ]

    /// The detail URLs the fixtures have pages for (their golden records), per detail source.
    static func goldenDetailURLs() throws -> Set<String> {
        let folder = CrawlHarness.root.appendingPathComponent("Fixtures/golden")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var urls: Set<String> = []
        for file in files where file.hasSuffix(".json") && !file.contains(".list.") && !file.contains(".changed.") {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            if let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let url = json["url"] as? String
            {
                urls.insert(url)
            }
        }
        return urls
    }

    @Test(
        "a source walks end to end, archived and indexed; walked again, it stops at its first list page",
        arguments: listSources)
    func walkTwice(id: String) async throws {
        let golden = try Self.goldenDetailURLs()
        try await CrawlHarness.with { harness in
            var crawl = try harness.crawl(id)
            // The fixture lists link to more calls than the fixtures have detail pages for; those answer 404, a bounce
            // or an error page, as the real sites do for unknown ids. They must not stop the walk here.
            crawl.breakerThreshold = .max
            let first = await crawl.run()
            for failure in first.failures {
                guard case .fetch(let error) = failure else {
                    if case .parse(let parse, _) = failure {
                        #expect(!golden.contains(parse.url), "a fixture detail page failed: \(parse)")
                    } else {
                        Issue.record("\(failure)")
                    }
                    continue
                }
                #expect(!golden.contains(error.url) && error.status == 404, "\(error)")
            }
            #expect(!first.programs.isEmpty, "stops: \(first.stops)")
            let listed = first.listPagesFetched
            let indexed = try await harness.database.query(
                "SELECT count(*)::int AS n FROM fetched_pages WHERE body_digest IS NOT NULL")
            #expect(try indexed[0].decode(Int.self, "n") >= listed)
            let variants = try #require(harness.sources[id]).variants().count
            // Nothing is remembered until the walk's programs are stored and it is committed.
            #expect(try await Self.remembered(harness, id) == 0)
            try await crawl.commit(first)
            #expect(try await Self.remembered(harness, id) > 0)
            let second = await crawl.run()
            #expect(second.failures.isEmpty, "\(second.failures)")
            #expect(second.listPagesFetched == variants, "stops: \(second.stops)")
            #expect(second.detailPagesFetched == 0)
        }
    }

    @Test("tipa.or.kr's board is read after its warm-up, with the session cookie and Referer")
    func tipaWarmup() async throws {
        try await CrawlHarness.with { harness in
            let outcome = try await harness.crawl("tipa.notice.list", mode: .full).run()
            #expect(outcome.listPagesFetched >= 1 && !outcome.programs.isEmpty)
            let log = harness.simulator.requestLog.filter { $0.host == "www.tipa.or.kr" }
            let home = try #require(log.firstIndex { $0.path == "/" })
            let board = try #require(log.firstIndex { $0.path.hasPrefix("/s040101/") })
            #expect(home < board)
            #expect(log[board].headers["cookie"]?.contains("ci_session") == true)
        }
    }

    @Test("detail pages answering error pages trip the breaker: three in a row, then the source stops for the run")
    func breaker() async throws {
        try await CrawlHarness.with { harness in
            try harness.simulator.apply(
                .init(
                    name: "refusing details",
                    faults: [
                        .init(
                            match: .init(
                                host: "www.kimst.re.kr", path: "/u/news/notice_01/board.do",
                                parameters: ["type": ["view"]]),
                            fault: .errorPage(file: "sites/www.kimst.re.kr/pages/404.html"))
                    ]))
            let outcome = try await harness.crawl("kimst.notice.list", mode: .full).run()
            #expect(outcome.programs.isEmpty)
            #expect(outcome.breakerReason?.contains("stopped for this run") == true)
            #expect(outcome.detailPagesFetched == 3)
            let details = harness.simulator.requestLog.filter { $0.query.contains("type=view") }
            #expect(details.count == 3)
        }
    }

    @Test("a list page that cannot be read stops the walk instead of paging on through the same failure")
    func unreadableList() async throws {
        try await CrawlHarness.with { harness in
            try harness.simulator.apply(
                .init(
                    name: "error list",
                    faults: [
                        .init(
                            match: .init(host: "www.kimst.re.kr", path: "/u/news/notice_01/board.do"),
                            fault: .errorPage(file: "sites/www.kimst.re.kr/pages/404.html"))
                    ]))
            let outcome = try await harness.crawl("kimst.notice.list", mode: .full).run()
            #expect(outcome.listPagesFetched == 1)
            #expect(outcome.stops == ["page 1 could not be read"])
            guard case .parse(let failure, let digest)? = outcome.failures.first else {
                Issue.record("no parse failure: \(outcome.failures)")
                return
            }
            #expect(failure.code == .errorPage)
            // The refused page is archived under the digest the failure carries, for a re-parse after a fix.
            #expect(harness.archive.contains(digest))
        }
    }

    @Test("a host that answers nothing but 429 stops the source with the reason, after a bounded number of requests")
    func endlessThrottling() async throws {
        try await CrawlHarness.with { harness in
            try harness.simulator.apply(scenarioNamed: "iris-always-429")
            let outcome = try await harness.crawl("iris.list", mode: .full).run()
            #expect(outcome.programs.isEmpty && outcome.detailPagesFetched == 0)
            #expect(outcome.breakerReason?.contains("429") == true, "\(String(describing: outcome.breakerReason))")
            let asked = harness.simulator.requestLog.filter { $0.path == "/contents/retrieveBsnsAncmBtinSituList.do" }
            // One attempt and five throttled retries: the page's budget, then nothing more.
            #expect(asked.count == 6)
        }
    }

    static func remembered(_ harness: CrawlHarness, _ source: String) async throws -> Int {
        let rows = try await harness.database.query(
            "SELECT count(*)::int AS n FROM list_rows_seen WHERE source_code = \(source)")
        return try rows[0].decode(Int.self, "n")
    }

    @Test("other agencies' rows on IRIS are remembered as skipped, so they never count as new")
    func skippedRowsRemembered() async throws {
        try await CrawlHarness.with { harness in
            let crawl = try harness.crawl("iris.list")
            let outcome = await crawl.run()
            try await crawl.commit(outcome)
            #expect(outcome.skippedRows > 0)
            let rows = try await harness.database.query(
                "SELECT count(*) FILTER (WHERE skipped)::int AS skipped, count(*)::int AS total FROM list_rows_seen WHERE source_code = 'iris.list'"
            )
            let skipped = try rows[0].decode(Int.self, "skipped")
            #expect(skipped > 0 && skipped <= outcome.skippedRows)
            #expect(try rows[0].decode(Int.self, "total") > skipped)
        }
    }
}
