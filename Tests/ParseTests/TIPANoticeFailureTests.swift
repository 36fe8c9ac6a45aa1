import AgencySim
import Foundation
import Parse
import Testing

/// tipa.or.kr answers HTTP 200 with a script alert when the session cookie or Referer is missing: that page, an
/// error page, or a page of another kind fail with a typed error naming source, URL and selector — never "no posts".
@Suite("TIPA tipa.or.kr: failures")
struct TIPANoticeFailureTests {
    @Test(
        "the real block page is .blocked for both tipa.or.kr sources",
        arguments: [
            ("tipa.notice.list", "https://www.tipa.or.kr/s040101/index/page/1"),
            ("tipa.notice.detail", "https://www.tipa.or.kr/s040101/view/page/1/id/17444"),
        ])
    func realBlockPage(sourceID: String, url: String) throws {
        let page = try TIPATestPages.file(TIPATestPages.realBlocked, url: url)
        let failure = try #require(try TIPATestPages.failure(page, as: sourceID))
        #expect(failure.code == .blocked)
        #expect(failure.source == sourceID)
        #expect(failure.url == url)
        #expect(failure.selector?.hasPrefix("blocked_marker = ") == true)
    }

    @Test(
        "a request without the session cookie, or without the Referer, gets the block page: .blocked",
        arguments: [
            ["host": "www.tipa.or.kr", "referer": "https://www.tipa.or.kr/"],
            ["host": "www.tipa.or.kr", "cookie": "ci_session=abc"],
        ])
    func servedWithoutSession(headers: [String: String]) throws {
        let simulator = try #require(GoldenCorpus.simulator)
        let request = HTTPRequest(method: "GET", path: "/s040101/index/page/1", headers: headers)
        let response = simulator.fixtureResponse(to: request)
        #expect(response.status == 200)
        let url = "https://www.tipa.or.kr/s040101/index/page/1"
        let failure = try #require(
            try TIPATestPages.failure(FetchedPage(url: url, bytes: response.body), as: "tipa.notice.list"))
        #expect(failure.code == .blocked)
    }

    @Test("the configured session (home page first, then a Referer from the site) gets the rows")
    func servedWithSession() throws {
        let list = try TIPATestPages.source("tipa.notice.list")
        let detail = try TIPATestPages.source("tipa.notice.detail")
        for source in [list, detail] {
            #expect(source.warmup == ["https://www.tipa.or.kr/"])
            #expect(source.headers["Referer"]?.hasPrefix("https://www.tipa.or.kr/") == true)
        }
        let simulator = try #require(GoldenCorpus.simulator)
        let home = simulator.fixtureResponse(
            to: HTTPRequest(method: "GET", path: "/", headers: ["host": "www.tipa.or.kr"]))
        let cookie = try #require(home.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
        let request = HTTPRequest(
            method: "GET", path: "/s040101/index/page/1",
            headers: ["host": "www.tipa.or.kr", "cookie": cookie, "referer": try #require(list.headers["Referer"])])
        let response = simulator.fixtureResponse(to: request)
        let page = FetchedPage(url: "https://www.tipa.or.kr/s040101/index/page/1", bytes: response.body)
        #expect(try TIPATestPages.parse(page, as: "tipa.notice.list").followUps.count == 10)
    }

    @Test("the CodeIgniter 404 page is an error page, not an empty board")
    func notFound() throws {
        let url = "https://www.tipa.or.kr/s040101/index/page/3"
        let page = try TIPATestPages.file(TIPATestPages.tipaPages + "404.html", url: url)
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.notice.list"))
        #expect(failure.code == .errorPage)
        #expect(failure.selector?.hasPrefix("error_marker = ") == true)
    }

    @Test("a post page given to the list source is a layout change naming the rows rule")
    func postAsList() throws {
        let url = "https://www.tipa.or.kr/s040101/index/page/1"
        let page = try TIPATestPages.file(TIPATestPages.tipaPages + "s040101/view-17444.html", url: url)
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.notice.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("rows = ") == true)
    }

    @Test("a list page given to the detail source is a layout change, not a post")
    func listAsPost() throws {
        let url = "https://www.tipa.or.kr/s040101/view/id/17537"
        let page = try TIPATestPages.file(TIPATestPages.realList, url: url)
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.notice.detail"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("labels = ") == true)
    }

    @Test("the board's table with its rows renamed is a layout change, not an empty board")
    func rowsGone() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.realList, url: "https://www.tipa.or.kr/s040101/index/page/1",
            [("class=\"subject\"", "class=\"title\"")])
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.notice.list"))
        #expect(failure.code == .layoutChanged)
    }
}
