import AgencySim
import Foundation
import Testing

@Suite("Change over time and the request log")
struct ChangeAndLogTests {
    @Test("a change serves another page (new ETag) without restarting; clearing restores the original")
    func changeWithoutRestart() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let url = "http://alpha.test/board/list.do?page=1"
        let before = try await sim.curl(url)
        try sim.simulator.apply(
            Scenario(
                name: "new-announcement",
                changes: [
                    .init(
                        match: .init(host: "alpha.test", path: "/board/list.do", parameters: ["page": ["1"]]),
                        file: "sites/alpha.test/pages/list-1-new.html")
                ]))
        let after = try await sim.curl(url)
        #expect(after.text.contains("alpha 새 공고"))
        #expect(after.headers["etag"] != before.headers["etag"])
        // A conditional request with the old ETag now gets the new page, not 304.
        #expect(try await sim.curl(url, ["-H", "If-None-Match: \(before.headers["etag"] ?? "")"]).status == 200)
        #expect(try await sim.curl("http://alpha.test/board/list.do?page=2").text.contains("alpha 공고 3"))
        sim.simulator.clearScenarios()
        #expect(try await sim.curl(url).text == before.text)
    }

    @Test("the log records method, host, path, query, headers of interest, status and time")
    func requestLog() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let start = Date()
        _ = try await sim.curl(
            "http://alpha.test/board/list.do?page=1", ["-A", "connect-ingest-bot/0.1 (+https://connect.example/bot)"])
        _ = try await sim.curl("http://beta.test/notice/list", ["-e", "https://beta.test/"])
        let log = sim.simulator.requestLog
        #expect(log.count == 2)
        #expect(log[0].host == "alpha.test")
        #expect(log[0].path == "/board/list.do")
        #expect(log[0].query == "page=1")
        #expect(log[0].headers["user-agent"]?.hasPrefix("connect-ingest-bot") == true)
        #expect(log[0].status == 200)
        #expect(log[0].time >= start.addingTimeInterval(-1))
        #expect(log[1].headers["referer"] == "https://beta.test/")
        sim.simulator.clearRequestLog()
        #expect(sim.simulator.requestLog.isEmpty)
    }

    @Test("admin endpoints apply scenarios and return the log to another process")
    func adminEndpoints() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let applied = try await sim.curl("http://alpha.test/__sim/scenario?name=throttled", ["-X", "POST"])
        #expect(applied.status == 200)
        #expect(try await sim.curl("http://alpha.test/board/list.do?page=1").status == 429)
        let missing = try await sim.curl("http://alpha.test/__sim/scenario?name=nope", ["-X", "POST"])
        #expect(missing.status == 400)
        #expect(try await sim.curl("http://alpha.test/__sim/clear", ["-X", "POST"]).status == 200)
        #expect(try await sim.curl("http://alpha.test/board/list.do?page=1").status == 200)
        let log = try await sim.curl("http://alpha.test/__sim/requests")
        let entries = try JSONSerialization.jsonObject(with: Data(log.body)) as? [[String: Any]]
        #expect(entries?.count == 2)
        #expect(entries?.first?["status"] as? Int == 429)
    }

    @Test("many clients at once are all answered")
    func concurrentClients() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask { try await sim.curl("http://alpha.test/board/list.do?page=\(index % 2 + 1)").status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 16))
        #expect(sim.simulator.requestLog.count == 16)
    }
}
