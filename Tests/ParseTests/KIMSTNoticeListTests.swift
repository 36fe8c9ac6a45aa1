import Foundation
import Parse
import Testing

@Suite("KIMST 공지사항 list")
struct KIMSTNoticeListTests {
    private let source = "kimst.notice.list"
    private let url = KIMSTFixture.board + "?page=1"

    @Test("every row is followed to its canonical article URL, with the date read from its own cell")
    func rows() throws {
        let result = try KIMSTFixture.parse(try KIMSTFixture.page("notice/list-1.html", url: url), source: source)
        #expect(result.followUps.count == 10 && result.problems.isEmpty && result.skipped == 0)
        let first = try #require(result.followUps.first)
        #expect(first.source == "kimst.notice.detail")
        #expect(first.url == KIMSTFixture.article("153421765146331"))
        #expect(first.context["id"] == "153421765146331")
        #expect(first.context["title"] == "2026년 해양수산 기술사업화 성과교류회 개최 안내")
        // The row's text is `공지…2026-11-1938` (cells glued): the date must not take the 조회 count with it.
        #expect(first.context["posted"] == "2026-11-19")
        #expect(result.followUps.map { $0.context["posted"] }.allSatisfy { $0?.count == 10 })
        // Hiring and other notices are followed too: the article parser classifies them.
        #expect(result.followUps.contains { $0.context["title"]?.contains("직원 채용") == true })
        #expect(result.pageCount == 2)
    }

    @Test("an empty board (등록된 게시물이 없습니다) yields nothing, without failing")
    func emptyBoard() throws {
        let page = try KIMSTFixture.page("notice/list-empty.html", url: KIMSTFixture.board + "?page=3")
        let result = try KIMSTFixture.parse(page, source: source)
        #expect(result.followUps.isEmpty && result.programs.isEmpty && result.skipped == 0)
    }

    @Test("a page with zero rows but no empty-board message is a layout change naming source, URL and selector")
    func zeroRowsWithoutMessage() throws {
        // The table is still there, but its rows are now in a redesigned list the selector does not know.
        let redesigned = try KIMSTFixture.edited(
            "notice/list-1.html", url: url, [("<table class=\"table table-list\">", "<table class=\"board-list\">")])
        let failure = try KIMSTFixture.failure(redesigned, source: source)
        #expect(failure.code == .layoutChanged)
        #expect(failure.source == source && failure.url == url)
        #expect(failure.selector?.hasPrefix("rows = ") == true)
    }

    @Test("rows whose title cell lost its link are a layout change, not zero notices")
    func rowsWithoutLinks() throws {
        let relinked = try KIMSTFixture.edited(
            "notice/list-1.html", url: url, [("class=\"cell-subject\"", "class=\"cell-title\"")])
        let failure = try KIMSTFixture.failure(relinked, source: source)
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("link = ") == true)
    }

    @Test("one row without a bno is a problem; the other rows are still followed")
    func oneBrokenRow() throws {
        let broken = try KIMSTFixture.edited(
            "notice/list-1.html", url: url,
            [("?type=view&bno=153421765146331&searchDiv=&searchKeyword=", "javascript:void(0);")])
        let result = try KIMSTFixture.parse(broken, source: source)
        #expect(result.followUps.count == 9)
        #expect(result.problems.count == 1)
    }

    @Test("the site's error page served with HTTP 200 is an error page")
    func errorPage() throws {
        let failure = try KIMSTFixture.failure(try KIMSTFixture.page("404.html", url: url), source: source)
        #expect(failure.code == .errorPage)
        #expect(failure.selector?.hasPrefix("error_marker = ") == true)
    }
}
