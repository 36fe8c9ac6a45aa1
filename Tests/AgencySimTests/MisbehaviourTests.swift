import AgencySim
import Foundation
import Testing

@Suite("Misbehaviour on demand")
struct MisbehaviourTests {
    private let list = "http://alpha.test/board/list.do?page=1"
    private var match: Scenario.Match { Scenario.Match(host: "alpha.test", path: "/board/list.do") }

    @Test("429 with Retry-After for the first two requests, then the page (scenario file)")
    func throttled() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        try sim.simulator.apply(scenarioNamed: "throttled")
        for _ in 0..<2 {
            let refused = try await sim.curl(list)
            #expect(refused.status == 429)
            #expect(refused.headers["retry-after"] == "3")
        }
        #expect(try await sim.curl(list).status == 200)
        #expect(sim.simulator.requestLog.map(\.status) == [429, 429, 200])
        #expect(sim.simulator.requestLog.first?.faults == ["status 429"])
    }

    @Test("500 and 503 with an HTTP-date Retry-After")
    func serverErrors() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        try sim.simulator.apply(
            Scenario(name: "down", faults: [.init(match: match, fault: .status(500, retryAfter: nil), times: 1)]))
        #expect(try await sim.curl(list).status == 500)
        let date = "Fri, 20 Nov 2026 01:00:00 GMT"
        try sim.simulator.apply(
            Scenario(name: "busy", faults: [.init(match: match, fault: .status(503, retryAfter: date))]))
        let busy = try await sim.curl(list)
        #expect(busy.status == 503)
        #expect(busy.headers["retry-after"] == date)
    }

    @Test("latency delays the answer; a slow drip spreads the body over time")
    func slowness() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        try sim.simulator.apply(
            Scenario(name: "slow", faults: [.init(match: match, fault: .latency(.milliseconds(600)))]))
        let delayed = try await sim.curl(list)
        #expect(delayed.status == 200)
        #expect(delayed.seconds >= 0.6)
        sim.simulator.clearScenarios()
        try sim.simulator.apply(
            Scenario(name: "drip", faults: [.init(match: match, fault: .drip(chunk: 20, interval: .milliseconds(100)))])
        )
        let dripped = try await sim.curl(list)
        #expect(dripped.text.contains("alpha 공고 2"))
        // The body is over 80 bytes: at least four pauses of 100 ms.
        #expect(dripped.seconds >= 0.4)
    }

    @Test("a reset mid-body and a body shorter than its Content-Length are transport errors for the client")
    func brokenTransfers() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        try sim.simulator.apply(
            Scenario(name: "reset", faults: [.init(match: match, fault: .reset(afterBytes: 10), times: 1)]))
        #expect(try await sim.curl(list).exitCode == 56)  // CURLE_RECV_ERROR: connection reset by peer
        try sim.simulator.apply(
            Scenario(name: "short", faults: [.init(match: match, fault: .truncate(afterBytes: 10), times: 1)]))
        let short = try await sim.curl(list)
        #expect(short.exitCode == 18)  // CURLE_PARTIAL_FILE
        #expect(short.body.count == 10)
        #expect(try await sim.curl(list).exitCode == 0)
    }

    @Test("a redirect loop never ends; a redirect to another host lands on that host's page")
    func redirects() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        try sim.simulator.apply(Scenario(name: "loop", faults: [.init(match: match, fault: .redirectLoop)]))
        #expect(try await sim.curl(list, ["-L", "--max-redirs", "5"]).exitCode == 47)  // CURLE_TOO_MANY_REDIRECTS
        sim.simulator.clearScenarios()
        try sim.simulator.apply(
            Scenario(
                name: "moved",
                faults: [.init(match: match, fault: .redirect(location: "http://beta.test/board/list.do"))]))
        let moved = try await sim.curl(list)
        #expect(moved.status == 302)
        #expect(moved.headers["location"] == "http://beta.test/board/list.do")
        let followed = try await sim.curl(
            list, ["-L", "--connect-to", "beta.test:80:127.0.0.1:\(sim.port)"])
        #expect(followed.text.contains("beta list"))
    }

    @Test("gzip on demand, a wrong or missing charset, a very large body, an error page with 200, a PDF")
    func contentFaults() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        try sim.simulator.apply(Scenario(name: "gzip", faults: [.init(match: match, fault: .gzip, times: 1)]))
        #expect(try await sim.curl(list).headers["content-encoding"] == "gzip")

        let euc = Scenario.Match(host: "alpha.test", path: "/euc.html")
        try sim.simulator.apply(
            Scenario(name: "wrong", faults: [.init(match: euc, fault: .charset("UTF-8"), times: 1)]))
        #expect(try await sim.curl("http://alpha.test/euc.html").headers["content-type"] == "text/html; charset=UTF-8")
        try sim.simulator.apply(Scenario(name: "none", faults: [.init(match: euc, fault: .charset(""), times: 1)]))
        #expect(try await sim.curl("http://alpha.test/euc.html").headers["content-type"] == "text/html")

        try sim.simulator.apply(
            Scenario(name: "large", faults: [.init(match: match, fault: .largeBody(bytes: 3_000_000), times: 1)]))
        let large = try await sim.curl(list)
        #expect(large.body.count >= 2_999_000)
        #expect(large.headers["content-length"] == String(large.body.count))

        try sim.simulator.apply(
            Scenario(
                name: "error",
                faults: [.init(match: match, fault: .errorPage(file: "sites/alpha.test/pages/error.html"), times: 1)]))
        let error = try await sim.curl(list)
        #expect(error.status == 200)
        #expect(error.text.contains("시스템 오류"))

        try sim.simulator.apply(Scenario(name: "pdf", faults: [.init(match: match, fault: .pdf, times: 1)]))
        let pdf = try await sim.curl(list)
        #expect(pdf.headers["content-type"] == "application/pdf")
        #expect(pdf.body.starts(with: Array("%PDF".utf8)))
    }

    @Test("an unknown fault kind in a scenario file is an error naming the file and key")
    func badScenario() throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let error = #expect(throws: SimulatorError.self) { try sim.simulator.apply(scenarioNamed: "bad") }
        #expect(error?.description.contains("bad.toml") == true)
        #expect(error?.description.contains("explode") == true)
    }
}
