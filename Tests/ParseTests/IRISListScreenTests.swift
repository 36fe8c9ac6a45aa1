import Foundation
import Testing

@testable import Parse

/// The server-rendered list screen, read under `iris.list` like the API it mirrors.
@Suite("IRIS list screen")
struct IRISListScreenTests {
    static let screenURL = IRISPages.screen + "?ancmPrg=ancmPre&pageIndex=1"

    static func screen(_ html: String) throws -> ParseResult {
        try IRISPages.list(Array(html.utf8), url: screenURL)
    }

    static func item(_ onclick: String, institution: String = "과학기술정보통신부 &gt; 정보통신기획평가원") -> String {
        """
        <li><span class="inst_title">\(institution)</span><div class="form-row"><div class="group1">
        <strong class="title"><a href="" onclick="\(onclick); return false;">2027년도 공고</a></strong>
        <div class="etc_info"><span><em>공고번호 :</em>0</span></div></div></div></li>
        """
    }

    static func page(_ items: [String], total: Int = 1) -> String {
        """
        <html><body><div class="list_info"><p class="total">전체 <strong>\(total)</strong> 건</p>
        <p class="page_num">현재 페이지 <strong>1</strong> / 3</p></div>
        <div class="board_list"><ul class="dbody">\(items.joined())</ul></div></body></html>
        """
    }

    @Test("id and tab come from the onclick call; the row's labelled fields travel with the request")
    func onclickIDs() throws {
        let result = try IRISPages.list(try IRISPages.file("list/view-ancmPre-1.html"), url: Self.screenURL)
        let tipa = try #require(result.followUps.first { $0.context["id"] == "026160" })
        #expect(tipa.url == IRISPages.detail + "?ancmId=026160&ancmPrg=ancmPre")
        #expect(tipa.context["agency"] == "중소기업기술정보진흥원")
        #expect(tipa.context["ministry"] == nil, "the empty 부처 of ` > 중소기업기술정보진흥원`")
        #expect(tipa.context["number"] == "테스트 번호")
        #expect(tipa.context["posted"] == "2026-11-14")
        #expect(tipa.context["status"] == "공고예고")
        #expect(tipa.context["call_type"] == "미등록")
        #expect(tipa.context["title"] == "중기부 사업 공고 테스트")
        #expect(result.pageCount == 2)
    }

    @Test("the tab in the onclick call wins over the page's own")
    func tabFromCall() throws {
        let result = try Self.screen(Self.page([Self.item("f_bsnsAncmBtinSituListForm_view('023398','ancmEnd')")]))
        #expect(result.followUps.first?.url == IRISPages.detail + "?ancmId=023398&ancmPrg=ancmEnd")
        #expect(result.pageCount == 3)
    }

    @Test("another agency's item is skipped")
    func otherAgency() throws {
        let item = Self.item(
            "f_bsnsAncmBtinSituListForm_view('026191','ancmPre')", institution: "과학기술정보통신부 &gt; 한국연구재단")
        let result = try Self.screen(Self.page([item]))
        #expect(result.followUps.isEmpty && result.skipped == 1)
    }

    @Test("items whose links no longer call the view function are a layout change")
    func renamedFunction() throws {
        let items = [
            Self.item("fn_view('026101','ancmIng')"), Self.item("fn_view('026044','ancmIng')"),
        ]
        let failure = #expect(throws: ParseFailure.self) { try Self.screen(Self.page(items, total: 2)) }
        #expect(failure?.code == .layoutChanged)
        #expect(failure?.source == "iris.list")
    }

    @Test("a screen without the list at all is a layout change")
    func noList() throws {
        let failure = #expect(throws: ParseFailure.self) {
            try Self.screen(
                "<html><body><div class=\"board\"><table><tr><td>2027년도 공고</td></tr></table></div></body></html>")
        }
        #expect(failure?.code == .layoutChanged)
    }

    @Test(
        "a screen that says it is empty is an empty list",
        arguments: [
            page([], total: 0), page(["<li class=\"no_data\">등록된 공고가 없습니다.</li>"], total: 0),
        ])
    func emptyScreen(html: String) throws {
        let result = try Self.screen(html)
        #expect(result.followUps.isEmpty && result.skipped == 0)
    }

    @Test("the site's error page on the list screen is an error page")
    func errorPage() throws {
        let failure = #expect(throws: ParseFailure.self) {
            try IRISPages.list(try IRISPages.file("404.html"), url: Self.screenURL)
        }
        #expect(failure?.code == .errorPage)
    }

    @Test("the screen is read with iris.list's screen_rules: a redesign is fixed by editing them, not Swift")
    func rulesFromAgencyFile() throws {
        let html = Self.page([Self.item("f_bsnsAncmBtinSituListForm_view('023398','ancmEnd')")])
            .replacingOccurrences(of: "class=\"dbody\"", with: "class=\"ancm_list\"")
        let failure = #expect(throws: ParseFailure.self) { try Self.screen(html) }
        #expect(failure?.code == .layoutChanged)
        var source = try IRISPages.source("iris.list")
        for name in ["rows", "list"] {
            source.screenRules[name] = source.screenRules[name]?.replacingOccurrences(
                of: " dbody ", with: " ancm_list ")
        }
        let page = FetchedPage(url: Self.screenURL, bytes: Array(html.utf8))
        let result = try IRISListParser().parse(page, source: source)
        #expect(result.followUps.map(\.url) == [IRISPages.detail + "?ancmId=023398&ancmPrg=ancmEnd"])
    }

    @Test("a layout change names the screen rules that found nothing")
    func failureNamesScreenRules() throws {
        let items = [Self.item("fn_view('026101','ancmIng')")]
        let failure = #expect(throws: ParseFailure.self) { try Self.screen(Self.page(items)) }
        let source = try IRISPages.source("iris.list")
        #expect(
            failure?.selector
                == "screen_rules.rows = \(source.screenRules["rows"] ?? ""), screen_rules.link = \(source.screenRules["link"] ?? "")"
        )
    }

    @Test("a source without screen rules cannot read the screen, and says which rule it lacks")
    func withoutScreenRules() throws {
        var source = try IRISPages.source("iris.list")
        source.screenRules = [:]
        let page = FetchedPage(url: Self.screenURL, bytes: Array(Self.page([]).utf8))
        let failure = #expect(throws: ParseFailure.self) { try IRISListParser().parse(page, source: source) }
        #expect(failure?.code == .malformed && failure?.selector == "screen_rules.error_marker")
    }
}
