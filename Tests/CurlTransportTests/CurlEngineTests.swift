import AgencySim
import CurlTransport
import Foundation
import Testing

@Suite("The multi-handle engine against the simulated agency web")
struct CurlEngineTests {
    static let list = "https://www.kimst.re.kr/u/news/notice_01/board.do?page=1"

    @Test("many requests in flight come back whole, never more at once than the caps allow")
    func concurrencyCaps() async throws {
        try await SimulatedWeb.with { web in
            try web.simulator.apply(
                Scenario(
                    name: "slow",
                    faults: [.init(match: .init(host: "www.kimst.re.kr"), fault: .latency(.milliseconds(150)))]))
            let engine = CurlEngine(maxInFlight: 4, maxPerHost: 3)
            defer { engine.shutdown() }
            let expected = try #require(web.simulator.fixtureResponse(url: Self.list)?.body)
            let bodies = try await withThrowingTaskGroup(of: [UInt8].self) { group in
                for _ in 0..<12 { group.addTask { try await engine.perform(web.request(Self.list)).body } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(bodies.count == 12)
            #expect(bodies.allSatisfy { $0 == expected })
            // One host: its cap (3) binds before the global one (4); and the transfers did overlap.
            #expect((2...3).contains(engine.peakInFlight))
            #expect(engine.inFlight == 0)
        }
    }

    @Test("a request past its total timeout fails as a timeout, naming the URL")
    func timeout() async throws {
        try await SimulatedWeb.with { web in
            try web.simulator.apply(
                Scenario(
                    name: "stall", faults: [.init(match: .init(host: "www.kimst.re.kr"), fault: .latency(.seconds(3)))])
            )
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let error = await #expect(throws: CurlError.self) {
                _ = try await engine.perform(web.request(Self.list) { $0.totalTimeout = .milliseconds(300) })
            }
            #expect(error?.kind == .timeout)
            #expect(error?.url.contains("board.do") == true)
        }
    }

    @Test("a body over the size cap is an error, not a truncated page")
    func sizeCap() async throws {
        try await SimulatedWeb.with { web in
            try web.simulator.apply(
                Scenario(
                    name: "big",
                    faults: [.init(match: .init(host: "www.kimst.re.kr"), fault: .largeBody(bytes: 300_000))]))
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let error = await #expect(throws: CurlError.self) {
                _ = try await engine.perform(web.request(Self.list) { $0.maxBodyBytes = 100_000 })
            }
            #expect(error?.kind == .tooLarge)
            let whole = try await engine.perform(web.request(Self.list) { $0.maxBodyBytes = 1_000_000 })
            #expect(whole.body.count > 250_000)
        }
    }

    @Test("a connection reset mid-body is a connection failure")
    func reset() async throws {
        try await SimulatedWeb.with { web in
            try web.simulator.apply(
                Scenario(
                    name: "reset",
                    faults: [.init(match: .init(host: "www.kimst.re.kr"), fault: .reset(afterBytes: 200))]))
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let error = await #expect(throws: CurlError.self) { _ = try await engine.perform(web.request(Self.list)) }
            #expect(error?.kind == .connection)
        }
    }

    @Test("gzip bodies arrive decoded, with the response's headers")
    func gzip() async throws {
        try await SimulatedWeb.with { web in
            try web.simulator.apply(
                Scenario(name: "gzip", faults: [.init(match: .init(host: "www.kimst.re.kr"), fault: .gzip)]))
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let response = try await engine.perform(web.request(Self.list))
            #expect(response.status == 200)
            #expect(response.header("content-encoding") == "gzip")
            #expect(response.body == web.simulator.fixtureResponse(url: Self.list)?.body)
            #expect(response.contentType?.contains("text/html") == true)
        }
    }

    @Test("a session's cookie jar carries tipa.or.kr's cookie from the home page to the protected board")
    func cookies() async throws {
        try await SimulatedWeb.with { web in
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let board = "https://www.tipa.or.kr/s040101/index/page/1"
            let referer = [(name: "Referer", value: "http://www.tipa.or.kr/")]
            let blocked = try await engine.perform(web.request(board) { $0.headers = referer })
            #expect(String(decoding: blocked.body, as: UTF8.self).contains("not allowed"))
            let jar = try CurlCookieJar()
            _ = try await engine.perform(web.request("https://www.tipa.or.kr/") { $0.cookies = jar })
            let list = try await engine.perform(
                web.request(board) {
                    $0.cookies = jar
                    $0.headers = referer
                })
            #expect(list.body == web.simulator.fixtureResponse(url: board)?.body)
        }
    }

    @Test("a form POST sends its fields and headers")
    func formPost() async throws {
        try await SimulatedWeb.with { web in
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let url = "https://www.iris.go.kr/contents/retrieveBsnsAncmBtinSituList.do"
            _ = try await engine.perform(
                web.request(url) {
                    $0.method = .post
                    $0.body = Array("ancmPrg=ancmIng&pageIndex=1".utf8)
                    $0.headers = [(name: "X-Requested-With", value: "XMLHttpRequest")]
                    $0.userAgent = "connect-ingest-test/1 (+https://example.org/bot)"
                })
            let logged = try #require(web.simulator.requestLog.last)
            #expect(logged.method == "POST")
            #expect(logged.form["ancmPrg"] == "ancmIng" && logged.form["pageIndex"] == "1")
            // The log keeps the headers of interest, names lower-cased.
            #expect(logged.headers["x-requested-with"] == "XMLHttpRequest")
            #expect(logged.headers["user-agent"]?.hasPrefix("connect-ingest-test/1") == true)
        }
    }

    @Test("cancelling the waiting task ends its transfer at once")
    func cancellation() async throws {
        try await SimulatedWeb.with { web in
            try web.simulator.apply(
                Scenario(
                    name: "stall", faults: [.init(match: .init(host: "www.kimst.re.kr"), fault: .latency(.seconds(5)))])
            )
            let engine = CurlEngine(maxInFlight: 2, maxPerHost: 2)
            defer { engine.shutdown() }
            let task = Task { try await engine.perform(web.request(Self.list)) }
            try await Task.sleep(for: .milliseconds(200))
            task.cancel()
            let result = await task.result
            // Left alone, the transfer would succeed after the 5 s delay: a cancellation error proves it was cut. (No
            // wall-clock bound: CPU-bound suites beside this one can delay the resumption.)
            guard case .failure(let error) = result else {
                Issue.record("a cancelled transfer returned a response")
                return
            }
            #expect((error as? CurlError)?.kind == .cancelled)
        }
    }
}
