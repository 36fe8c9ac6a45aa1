import Foundation
import Parse
import Testing

@Suite("KIMST 사업공고 list (rows link to IRIS)")
struct KIMSTBusinessListTests {
    private let source = "kimst.business.list"
    private let url = KIMSTFixture.business + "?page=1"

    @Test("every row becomes an iris.detail request with the ancmId (leading zeros kept) and the row's fields")
    func rows() throws {
        let result = try KIMSTFixture.parse(try KIMSTFixture.page("pjtAnuc/list-1.html", url: url), source: source)
        #expect(result.followUps.count == 10 && result.problems.isEmpty)
        let first = try #require(result.followUps.first)
        #expect(first.source == "iris.detail")
        #expect(first.url == "https://www.iris.go.kr/contents/retrieveBsnsAncmView.do?ancmId=026199&ancmPrg=ancmPre")
        #expect(first.context["id"] == "026199")
        #expect(first.context["tab"] == "ancmPre")
        #expect(first.context["agency"] == "해양수산과학기술진흥원")
        #expect(first.context["number"] == "해양수산부 공고 제2026-2245호")
        #expect(first.context["posted"] == "2026-11-18")
        #expect(first.context["start"] == "2026-12-01")
        #expect(first.context["end"] == "2027-01-08 18:00")
        #expect(
            result.followUps.allSatisfy { $0.source == "iris.detail" && $0.url.hasPrefix("https://www.iris.go.kr/") })
        #expect(result.pageCount == 2)
    }

    @Test("the older 3-cell layout (번호 | 제목 | 일자, links without ancmPrg) still gives ids and dates")
    func threeCellLayout() throws {
        let html = """
            <html><body><table class="table table-list"><thead><tr><th>번호</th><th>제목</th><th>일자</th></tr></thead>
            <tbody><tr><td>해양수산부 공고 제2025-1001호</td>
            <td class="text-left"><a href="https://www.iris.go.kr/contents/retrieveBsnsAncmView.do?ancmId=012934"
            target="_blank">2025년도 해양수산 기술개발사업 신규과제 공고</a></td><td>2025-06-20</td></tr></tbody></table>
            </body></html>
            """
        let page = FetchedPage(url: url, bytes: Array(html.utf8))
        let result = try KIMSTFixture.parse(page, source: source)
        let request = try #require(result.followUps.first)
        #expect(request.context["id"] == "012934")
        #expect(request.context["tab"] == nil)
        #expect(request.context["posted"] == "2025-06-20")
        #expect(request.url == "https://www.iris.go.kr/contents/retrieveBsnsAncmView.do?ancmId=012934")
    }

    @Test("an empty board yields nothing; zero rows without the message is a layout change")
    func emptyAndChanged() throws {
        let empty = try KIMSTFixture.page("pjtAnuc/list-empty.html", url: KIMSTFixture.business + "?page=3")
        #expect(try KIMSTFixture.parse(empty, source: source).followUps.isEmpty)
        let redesigned = try KIMSTFixture.edited(
            "pjtAnuc/list-1.html", url: url, [("<table class=\"table table-list\">", "<table class=\"board-list\">")])
        let failure = try KIMSTFixture.failure(redesigned, source: source)
        #expect(failure.code == .layoutChanged && failure.source == source && failure.url == url)
        #expect(failure.selector?.hasPrefix("rows = ") == true)
    }

    @Test("rows whose links no longer carry an ancmId are a layout change")
    func linksWithoutIDs() throws {
        let changed = try KIMSTFixture.edited(
            "pjtAnuc/list-2.html", url: KIMSTFixture.business + "?page=2", [("ancmId=", "bsnsId=")])
        let failure = try KIMSTFixture.failure(changed, source: source)
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("link = ") == true)
    }

    @Test("the rows go to the source's configured detail; without one they are skipped, each with a problem")
    func configuredDetail() throws {
        var business = try KIMSTFixture.source(source)
        #expect(business.detailSource == "iris.detail")
        let page = try KIMSTFixture.page("pjtAnuc/list-1.html", url: url)
        business.detailSource = "iris.detail.mirror"
        let redirected = try GoldenCorpus.parse(page, with: business)
        #expect(
            redirected.followUps.count == 10 && redirected.followUps.allSatisfy { $0.source == "iris.detail.mirror" })
        business.detailSource = nil
        let none = try GoldenCorpus.parse(page, with: business)
        #expect(none.followUps.isEmpty && none.skipped == 10)
        #expect(none.problems.count == 10 && none.problems.allSatisfy { $0.field == "detail" })
        #expect(none.problems.first?.item == "026199")
    }
}
