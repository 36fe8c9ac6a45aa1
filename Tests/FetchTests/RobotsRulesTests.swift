import Fetch
import Foundation
import Testing

@Suite("robots.txt")
struct RobotsRulesTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/sites")

    @Test("the fixture sites' robots.txt: their private pages are disallowed, the boards allowed")
    func fixtureSites() throws {
        let tipa = try String(
            contentsOf: Self.fixtures.appendingPathComponent("www.tipa.or.kr/pages/robots.txt"), encoding: .utf8)
        let rules = RobotsRules(parsing: tipa, agent: "connect-ingest")
        #expect(rules.verdict(forPath: "/s040101/index/page/1").allowed)
        #expect(rules.verdict(forPath: "/login?next=/").allowed == false)
        #expect(rules.verdict(forPath: "/login?next=/").rule == "Disallow: /login")
        let ntis = try String(
            contentsOf: Self.fixtures.appendingPathComponent("www.ntis.go.kr/pages/robots.txt"), encoding: .utf8)
        let ntisRules = RobotsRules(parsing: ntis, agent: "connect-ingest")
        #expect(ntisRules.verdict(forPath: "/rndgate/eg/un/ra/view.do?roRndUid=1243873").allowed)
        #expect(ntisRules.verdict(forPath: "/rndgate/eg/un/ra/rss.do").allowed == false)
    }

    @Test("our own group wins over *, the longest rule wins, Allow on a tie; wildcards and $")
    func precedence() {
        let text = """
            User-agent: *
            Disallow: /

            User-agent: connect-ingest
            User-agent: other-bot
            Disallow: /board/
            Allow: /board/list
            Disallow: /*.pdf$
            Crawl-delay: 12
            """
        let rules = RobotsRules(parsing: text, agent: "connect-ingest/1.0")
        #expect(rules.verdict(forPath: "/board/list.do?page=2").allowed)
        #expect(rules.verdict(forPath: "/board/view.do?id=1").allowed == false)
        #expect(rules.verdict(forPath: "/files/a.pdf").allowed == false)
        #expect(rules.verdict(forPath: "/files/a.pdf?x=1").allowed)
        #expect(rules.verdict(forPath: "/home").allowed)
        #expect(rules.crawlDelay == .seconds(12))
        let stranger = RobotsRules(parsing: text, agent: "somebody")
        #expect(stranger.verdict(forPath: "/home").allowed == false)
        #expect(stranger.crawlDelay == nil)
    }

    @Test("an empty Disallow allows everything, as does no robots.txt at all")
    func permissive() {
        #expect(
            RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "connect-ingest").verdict(forPath: "/x").allowed)
        #expect(RobotsRules.allowAll.verdict(forPath: "/anything").allowed)
    }
}
