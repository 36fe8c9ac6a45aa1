import Foundation
import Testing

@testable import Parse

/// Pages and sources for the IRIS tests: the fixture pages as files and the sources as `agencies/iris.toml` defines
/// them, so the tests also hold the agency file to what the parsers need.
enum IRISPages {
    static let api = "https://www.iris.go.kr/contents/retrieveBsnsAncmBtinSituList.do"
    static let screen = "https://www.iris.go.kr/contents/retrieveBsnsAncmBtinSituListView.do"
    static let detail = "https://www.iris.go.kr/contents/retrieveBsnsAncmView.do"

    static func source(_ id: String) throws -> SourceConfig {
        try #require(GoldenCorpus.source(id), "agencies/iris.toml does not define \(id)")
    }

    /// A page of `Fixtures/sites/www.iris.go.kr/pages/`.
    static func file(_ path: String) throws -> [UInt8] {
        let url = GoldenCorpus.fixtures.appendingPathComponent("sites/www.iris.go.kr/pages/" + path)
        return [UInt8](try Data(contentsOf: url))
    }

    static func list(_ bytes: [UInt8], url: String = api) throws -> ParseResult {
        try IRISListParser().parse(FetchedPage(url: url, bytes: bytes), source: try source("iris.list"))
    }

    static func list(json: String, url: String = api) throws -> ParseResult {
        try list(Array(json.utf8), url: url)
    }

    /// One API row; `agency` is `sorgnNm`, `status` is `rcveSttSeNmLst`.
    static func row(_ id: String, agency: String, title: String = "2027년도 신규지원 대상과제 공고", status: String = "공고접수중")
        -> String
    {
        #"{"ancmId":"\#(id)","sorgnNm":"\#(agency)","ancmTl":"\#(title)","ancmNo":"0","blngGovdSeNm":"","ancmDe":"2026-11-10","#
            + #""rcveStrDe":"2026.11.12","rcveEndDe":null,"pbofrTpSeNmLst":"지정공모","rcveSttSeNmLst":"\#(status)","rcveStt":""}"#
    }

    static func answer(_ rows: [String], page: Int = 1, pages: Int = 1, total: Int? = nil) -> String {
        #"{"listBsnsAncmBtinSitu":[\#(rows.joined(separator: ","))],"paginationInfo":{"currentPageNo":\#(page),"#
            + #""recordCountPerPage":10,"totalRecordCount":\#(total ?? rows.count),"totalPageCount":\#(pages)}}"#
    }
}

/// The JSON list: what is a failure, what is an empty page, which rows are followed and where to.
@Suite("IRIS list API")
struct IRISListParserTests {
    @Test("an empty body where JSON is expected is a failure, not an empty list", arguments: ["", "  \r\n"])
    func emptyBody(body: String) throws {
        let failure = #expect(throws: ParseFailure.self) { try IRISPages.list(json: body) }
        #expect(failure?.code == .wrongContent)
        #expect(failure?.source == "iris.list")
        #expect(failure?.url == IRISPages.api)
    }

    @Test("the site's HTML error page served on the JSON endpoint is a failure naming the page")
    func htmlOnTheJSONEndpoint() throws {
        let failure = #expect(throws: ParseFailure.self) { try IRISPages.list(try IRISPages.file("404.html")) }
        #expect(failure?.code == .wrongContent)
        #expect(failure?.message.contains("페이지를 찾을 수 없습니다") == true)
    }

    @Test("a body that is not JSON at all is malformed")
    func notJSON() throws {
        let failure = #expect(throws: ParseFailure.self) { try IRISPages.list(json: "Service Unavailable") }
        #expect(failure?.code == .malformed)
    }

    @Test("JSON that is not an object is not the list")
    func notAnObject() throws {
        let failure = #expect(throws: ParseFailure.self) { try IRISPages.list(json: "[1, 2]") }
        #expect(failure?.code == .wrongContent)
    }

    @Test("JSON without the rows key is a layout change naming the rule and the keys found")
    func missingRows() throws {
        let failure = #expect(throws: ParseFailure.self) {
            try IRISPages.list(json: #"{"resultList":[],"paginationInfo":{"totalPageCount":3}}"#)
        }
        #expect(failure?.code == .layoutChanged)
        #expect(failure?.selector == "rows = listBsnsAncmBtinSitu")
        #expect(failure?.message.contains("resultList") == true)
    }

    @Test("an empty list on a page that paginationInfo says has rows is a layout change")
    func emptyWithinRange() throws {
        let failure = #expect(throws: ParseFailure.self) {
            try IRISPages.list(json: IRISPages.answer([], page: 1, pages: 2, total: 15))
        }
        #expect(failure?.code == .layoutChanged)
    }

    @Test(
        "the page past the last one and an empty tab are empty lists", arguments: ["ancmIng-empty.json", "empty.json"])
    func pastTheLastPage(file: String) throws {
        let result = try IRISPages.list(try IRISPages.file("list/" + file))
        #expect(result.followUps.isEmpty && result.programs.isEmpty && result.skipped == 0)
        #expect(result.pageCount == (file == "empty.json" ? 0 : 2))
    }

    @Test("rows whose ids and titles were all renamed away are a layout change")
    func rowsWithoutIDs() throws {
        let rows = [#"{"bsnsAncmId":"026101","ancmTl":"a","sorgnNm":"정보통신기획평가원"}"#]
        let failure = #expect(throws: ParseFailure.self) { try IRISPages.list(json: IRISPages.answer(rows)) }
        #expect(failure?.code == .layoutChanged)
        #expect(failure?.selector?.contains("ancmId") == true)
    }

    @Test("our agencies' rows are followed with what the row said; other agencies' rows are skipped")
    func followsOurRows() throws {
        let rows = [
            IRISPages.row("026101", agency: "정보통신기획평가원"), IRISPages.row("026133", agency: "한국연구재단"),
            IRISPages.row("026044", agency: "한국산업기술기획평가원"),
        ]
        let result = try IRISPages.list(
            json: IRISPages.answer(rows), url: IRISPages.api + "?ancmPrg=ancmIng&pageIndex=1")
        #expect(result.skipped == 1)
        #expect(result.followUps.map { $0.context["id"] } == ["026101", "026044"])
        let first = try #require(result.followUps.first)
        #expect(first.source == "iris.detail")
        #expect(first.url == IRISPages.detail + "?ancmId=026101&ancmPrg=ancmIng")
        #expect(first.context["agency"] == "정보통신기획평가원")
        #expect(first.context["start"] == "2026.11.12")
        #expect(first.context["end"] == nil, "a null rcveEndDe is not passed on")
        #expect(first.context["call_type"] == "지정공모")
    }

    @Test(
        "without ancmPrg in the URL (the form POST), each row's status word picks the tab of its detail URL",
        arguments: [("공고예고", "ancmPre"), ("공고접수중", "ancmIng"), ("공고마감", "ancmEnd")])
    func tabFromStatus(status: String, tab: String) throws {
        let rows = [IRISPages.row("026188", agency: "정보통신기획평가원", status: status)]
        let result = try IRISPages.list(json: IRISPages.answer(rows))
        #expect(result.followUps.first?.url == IRISPages.detail + "?ancmId=026188&ancmPrg=" + tab)
    }

    @Test("test junk of our agencies is followed (the detail says kind test); another agency's is skipped")
    func testRows() throws {
        let result = try IRISPages.list(
            try IRISPages.file("list/ancmPre-1.json"), url: IRISPages.api + "?ancmPrg=ancmPre")
        let ids = Set(result.followUps.compactMap { $0.context["id"] })
        #expect(ids.contains("026080"), "KEIT's `test` row")
        #expect(ids.contains("026160"), "TIPA's `중기부 사업 공고 테스트` row")
        #expect(!ids.contains("026158"), "KISTEP's `테스트` row")
        #expect(result.followUps.count + result.skipped == 10)
    }

    @Test("a source without agency filtering follows every row")
    func unfiltered() throws {
        var source = try IRISPages.source("iris.list")
        source.filterToOurAgencies = false
        let page = FetchedPage(url: IRISPages.api, bytes: try IRISPages.file("list/ancmIng-1.json"))
        let result = try IRISListParser().parse(page, source: source)
        #expect(result.followUps.count == 10 && result.skipped == 0)
    }

    @Test("a 다부처 row is decided by its announcing agency, not by its ministries")
    func multiMinistry() throws {
        let result = try IRISPages.list(try IRISPages.file("list/ancmIng-1.json"))
        #expect(!result.followUps.contains { $0.context["id"] == "026112" })
        #expect(result.pageCount == 2)
    }
}
