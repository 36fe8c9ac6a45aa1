import AgencySim
import Fetch
import Foundation
import RedisClient
import TestSupport
import Testing

@Suite("Fetching pages from the simulated agency web")
struct PageFetcherTests {
    static let host = "www.kimst.re.kr"
    static let path = "/u/news/notice_01/board.do"
    static let list = "https://www.kimst.re.kr/u/news/notice_01/board.do?page=1"

    @Test("a page comes back whole; robots.txt is asked once per host for the whole run")
    func plainFetch() async throws {
        try await FetchHarness.with { harness in
            let fetcher = harness.fetcher()
            for page in 1...3 {
                let url = "https://www.kimst.re.kr/u/news/notice_01/board.do?page=\(page)"
                let response = try await fetcher.fetch(PageRequest(source: "kimst.notice.list", url: url))
                #expect(response.status == 200)
                #expect(response.body == harness.simulator.fixtureResponse(url: url)?.body)
                #expect(response.requests == 1)
            }
            #expect(harness.logged(host: Self.host, path: "/robots.txt").count == 1)
            #expect(
                harness.logged(host: Self.host, path: Self.path).allSatisfy {
                    $0.headers["user-agent"]?.hasPrefix("connect-ingest/") == true
                })
        }
    }

    @Test("a URL robots.txt disallows is never requested, and the error names the rule")
    func robotsDisallow() async throws {
        try await FetchHarness.with { harness in
            let error = await #expect(throws: FetchError.self) {
                _ = try await harness.fetcher().fetch(
                    PageRequest(source: "tipa.notice.list", agency: "TIPA", url: "https://www.tipa.or.kr/login"))
            }
            #expect(error?.kind == .disallowed)
            #expect(error?.message.contains("Disallow: /login") == true)
            #expect(harness.logged(host: "www.tipa.or.kr", path: "/login").isEmpty)
        }
    }

    @Test("5xx is retried with backoff and recovers; three failures in a row fail the page after three requests")
    func serverErrors() async throws {
        try await FetchHarness.with { harness in
            try harness.fault(Self.host, path: Self.path, .status(500, retryAfter: nil), times: 2)
            let recovered = try await harness.fetcher().fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            #expect(recovered.status == 200 && recovered.requests == 3)
            harness.simulator.clearScenarios()
            harness.simulator.clearRequestLog()
            try harness.fault(Self.host, path: Self.path, .status(502, retryAfter: nil))
            let error = await #expect(throws: FetchError.self) {
                _ = try await harness.fetcher().fetch(
                    PageRequest(source: "kimst.notice.list", agency: "KIMST", url: Self.list))
            }
            #expect(error?.kind == .http && error?.status == 502 && error?.attempt == 3)
            #expect(error?.agency == "KIMST" && error?.source == "kimst.notice.list")
            #expect(harness.logged(host: Self.host, path: Self.path).count == 3)
        }
    }

    @Test("429 waits its Retry-After without spending attempts; a host that only throttles fails as throttled")
    func throttling() async throws {
        try await FetchHarness.with { harness in
            try harness.fault(Self.host, path: Self.path, .status(429, retryAfter: "0"), times: 3)
            let response = try await harness.fetcher().fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            #expect(response.status == 200 && response.requests == 4)
            harness.simulator.clearScenarios()
            try harness.fault(Self.host, path: Self.path, .status(429, retryAfter: "0"))
            let error = await #expect(throws: FetchError.self) {
                _ = try await harness.fetcher().fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            }
            #expect(error?.kind == .throttled && error?.status == 429)
        }
    }

    @Test("redirects: a loop and a hop to a host the source does not allow both fail as redirects")
    func redirects() async throws {
        try await FetchHarness.with { harness in
            try harness.simulator.apply(scenarioNamed: "redirects")
            let loop = await #expect(throws: FetchError.self) {
                _ = try await harness.fetcher().fetch(
                    PageRequest(
                        source: "keit.itech.detail",
                        url: "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026"
                    ))
            }
            #expect(loop?.kind == .redirect)
            let away = await #expect(throws: FetchError.self) {
                _ = try await harness.fetcher().fetch(
                    PageRequest(
                        source: "keit.srome.list",
                        url: "https://srome.keit.re.kr/srome/biz/perform/opnnPrpsl/retrieveTaskAnncmListView.do"))
            }
            #expect(away?.kind == .redirect && away?.message.contains("does not allow") == true)
        }
    }

    @Test("a second fetch with the validators is a 304: unchanged, no body")
    func conditionalGet() async throws {
        try await FetchHarness.with { harness in
            let fetcher = harness.fetcher()
            let first = try await fetcher.fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            let etag = try #require(first.header("ETag"))
            let second = try await fetcher.fetch(
                PageRequest(
                    source: "kimst.notice.list", url: Self.list, etag: etag, lastModified: first.header("Last-Modified")
                ))
            #expect(second.notModified)
            #expect(second.body.isEmpty)
            #expect(harness.logged(host: Self.host, path: Self.path).last?.headers["if-none-match"] == etag)
        }
    }

    @Test("a body over the cap fails the page as too large")
    func sizeCap() async throws {
        try await FetchHarness.with { harness in
            try harness.fault(Self.host, path: Self.path, .largeBody(bytes: 400_000))
            var policy = FetchHarness.quickPolicy
            policy.maxBodyBytes = 100_000
            let error = await #expect(throws: FetchError.self) {
                _ = try await harness.fetcher(policy).fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            }
            #expect(error?.kind == .tooLarge)
        }
    }

    @Test("two workers fetching one host together keep to its shared rate, as the simulator's log shows")
    func sharedRate() async throws {
        try await FetchHarness.with { harness in
            var policy = FetchHarness.quickPolicy
            policy.requestsPerMinute = [Self.host: 600]  // one request per 100 ms, scaled down so a test can see it
            let other = try await RedisConnection.connect(
                url: try ServiceURLs.redisQueueURL(), connectTimeout: .seconds(2), commandTimeout: .seconds(5))
            let workers = [harness.fetcher(policy), harness.fetcher(policy, redis: other)]
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<10 {
                    let url = "https://www.kimst.re.kr/u/news/notice_01/board.do?page=\(index % 3 + 1)"
                    group.addTask {
                        _ = try await workers[index % 2].fetch(PageRequest(source: "kimst.notice.list", url: url))
                    }
                }
                try await group.waitForAll()
            }
            await other.close()
            let times = harness.simulator.requestLog.filter { $0.host == Self.host }.map(\.time).sorted()
            #expect(times.count == 12)  // robots.txt once per worker, then ten pages, all paced
            // Twelve requests at one per 100 ms span at least eleven intervals, whoever sent them. (Single gaps are
            // not checked: a busy simulator can log two requests that arrived 100 ms apart in the same instant.)
            let span = try #require(times.last).timeIntervalSince(try #require(times.first))
            #expect(span >= 11 * 0.1 - 0.15, "span \(span) s")
        }
    }

    @Test("a reset and a cut-short body are retried, and the page comes back whole")
    func brokenTransfers() async throws {
        try await FetchHarness.with { harness in
            try harness.fault(Self.host, path: Self.path, .reset(afterBytes: 300), times: 1)
            let afterReset = try await harness.fetcher().fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            #expect(afterReset.requests == 2)
            #expect(afterReset.body == harness.simulator.fixtureResponse(url: Self.list)?.body)
            harness.simulator.clearScenarios()
            try harness.fault(Self.host, path: Self.path, .truncate(afterBytes: 500), times: 1)
            let afterCut = try await harness.fetcher().fetch(PageRequest(source: "kimst.notice.list", url: Self.list))
            #expect(afterCut.requests == 2)
            #expect(afterCut.body == harness.simulator.fixtureResponse(url: Self.list)?.body)
        }
    }
}
