import AgencySim
import Foundation
import TestSupport
import Testing

/// The checked-in scenarios, applied to the real fixture sites and observed with curl.
@Suite("Scenario files on the fixture sites")
struct ScenarioFileTests {
    static let names: [String] =
        ((try? FileManager.default.contentsOfDirectory(
            atPath: FixtureSet.root.appendingPathComponent("scenarios").path)) ?? [])
        .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()

    private func start() throws -> AgencySimulator {
        let simulator = try AgencySimulator(fixturesRoot: FixtureSet.root)
        try simulator.start()
        return simulator
    }

    @Test("every scenario file loads and names hosts and files that exist", arguments: names)
    func loads(name: String) throws {
        let simulator = try AgencySimulator(fixturesRoot: FixtureSet.root)
        try simulator.apply(scenarioNamed: name)
    }

    @Test("the change scenarios swap their pages while the simulator runs, and clearing restores them")
    func changes() async throws {
        let simulator = try start()
        defer { simulator.stop() }
        let port = simulator.port
        let cases: [(scenario: String, url: String, arguments: [String], changedFile: String)] = [
            (
                "new-announcement", "http://ezone.iitp.kr/common/anno/list?cPage=1", [],
                "sites/ezone.iitp.kr/pages/changed/list-1-new.html"
            ),
            (
                "deadline-change",
                "http://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026", [],
                "sites/itech.keit.re.kr/pages/changed/I26077-2026.html"
            ),
            (
                "detail-deadline-moved",
                "http://www.smtech.go.kr/front/ifg/no/notice02_detail.do?ancmId=S02912&buclCd=S3062&dtlAncmSn=2&schdSe=MO5005&aplySn=1",
                [], "sites/www.smtech.go.kr/pages/changed/S02912-2.html"
            ),
            (
                "layout-change", "http://www.ntis.go.kr/rndgate/eg/un/ra/mng.do?pageIndex=1", [],
                "sites/www.ntis.go.kr/pages/changed/list-1-relayout.html"
            ),
        ]
        for item in cases {
            let before = try await CurlCommand.run(url: item.url, port: port, arguments: item.arguments)
            #expect(before.status == 200)
            try simulator.apply(scenarioNamed: item.scenario)
            let after = try await CurlCommand.run(url: item.url, port: port, arguments: item.arguments)
            let changed = try Data(contentsOf: FixtureSet.root.appendingPathComponent(item.changedFile))
            #expect(Data(after.body) == changed, "\(item.scenario) did not serve \(item.changedFile)")
            #expect(after.headers["etag"] != before.headers["etag"])
            simulator.clearScenarios()
            #expect(try await CurlCommand.run(url: item.url, port: port, arguments: item.arguments).body == before.body)
        }
    }

    @Test("tipa.or.kr blocks a cold request with HTTP 200 and serves the real list after a warm-up with Referer")
    func tipaSession() async throws {
        let simulator = try start()
        defer { simulator.stop() }
        let url = "http://www.tipa.or.kr/s040101/index/page/1"
        let blocked = try await CurlCommand.run(url: url, port: simulator.port, arguments: [])
        let blockPage = try Data(contentsOf: FixtureSet.root.appendingPathComponent("real/tipa-blocked.html"))
        #expect(blocked.status == 200)
        #expect(Data(blocked.body) == blockPage)
        let jar = FileManager.default.temporaryDirectory.appendingPathComponent("tipa-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: jar) }
        _ = try await CurlCommand.run(
            url: "http://www.tipa.or.kr/", port: simulator.port, arguments: ["-c", jar, "-b", jar])
        let list = try await CurlCommand.run(
            url: url, port: simulator.port, arguments: ["-c", jar, "-b", jar, "-e", "https://www.tipa.or.kr/"])
        let realList = try Data(contentsOf: FixtureSet.root.appendingPathComponent("real/tipa-notice-list-page1.html"))
        #expect(Data(list.body) == realList)
    }

    @Test("KIMST gzips everything, and its EUC-KR pages are announced as such")
    func kimstEncoding() async throws {
        let simulator = try start()
        defer { simulator.stop() }
        let url = "http://www.kimst.re.kr/u/news/notice_01/board.do?type=view&bno=153421765145981"
        let raw = try await CurlCommand.run(url: url, port: simulator.port, arguments: [])
        #expect(raw.headers["content-encoding"] == "gzip")
        #expect(raw.headers["content-type"]?.lowercased().contains("euc-kr") == true)
        let decoded = try await CurlCommand.run(url: url, port: simulator.port, arguments: ["--compressed"])
        let page = try Data(
            contentsOf: FixtureSet.root.appendingPathComponent(
                "sites/www.kimst.re.kr/pages/notice/view-153421765145981.html"))
        #expect(Data(decoded.body) == page)
    }
}
