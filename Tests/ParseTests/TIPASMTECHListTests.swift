import Foundation
import Parse
import Testing

/// The SMTECH 사업공고 list parser: SMTECH rows become detail requests, IRIS rows are skipped, and a page whose rows
/// the selector no longer finds is a layout change unless the board says it is empty.
@Suite("TIPA SMTECH: list")
struct TIPASMTECHListTests {
    static func page(_ name: String, url: String = TIPATestPages.smtechListURL) throws -> FetchedPage {
        try TIPATestPages.file(TIPATestPages.smtechPages + "list/\(name).html", url: url)
    }

    @Test("page 1: 10 SMTECH rows become requests, the 5 IRIS rows are skipped, the login popup table is ignored")
    func mixedRows() throws {
        let result = try TIPATestPages.parse(try Self.page("notice02_list-1"), as: "tipa.smtech.list")
        #expect(result.followUps.count == 10)
        #expect(result.skipped == 5)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(!result.followUps.contains { $0.context["title"]?.contains("로그인") == true })
        #expect(result.pageCount == 2)
    }

    @Test("a request carries the canonical URL and what the row says")
    func requestContext() throws {
        let result = try TIPATestPages.parse(try Self.page("notice02_list-1"), as: "tipa.smtech.list")
        let general = try #require(result.followUps.first { $0.context["id"] == "S02912-2" })
        #expect(general.source == "tipa.smtech.detail")
        #expect(general.url == TIPATestPages.smtechDetailURL("S02912", "S3062", 2))
        #expect(general.context["title"] == "2027년 팁스(TIPS) 창업기업 지원계획 공고(일반트랙)")
        #expect(general.context["period"] == "2026. 11. 18 ~ 예산 소진시까지")
        #expect(general.context["posted"] == "2026. 11. 13")
        #expect(general.context["status"] == "접수중")
        #expect(general.context["system"] == "SMTECH")
        #expect(general.context["buclCd"] == "S3062")
        let collabo = try #require(result.followUps.first { $0.context["id"] == "S02899-1" })
        #expect(collabo.context["title"] == "2027년도 중소기업기술개발 지원사업 '산학연 Collabo R&D사업(산학협력)' 시행계획 공고")
    }

    @Test("a title with a tilde (`(~12/18)`) is not taken for the 접수기간 cell")
    func tildeInTitle() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.smtechPages + "list/notice02_list-1.html", url: TIPATestPages.smtechListURL,
            [("공고(딥테크트랙)</a>", "공고(딥테크트랙)(~12/18)</a>")])
        let result = try TIPATestPages.parse(page, as: "tipa.smtech.list")
        let deep = try #require(result.followUps.first { $0.context["id"] == "S02912-1" })
        #expect(deep.context["title"] == "2027년 팁스(TIPS) 창업기업 지원계획 공고(딥테크트랙)(~12/18)")
        #expect(deep.context["period"] == "2026. 11. 18 ~ 2026. 12. 18")
        #expect(deep.context["posted"] == "2026. 11. 13")
    }

    @Test("rounds of one ancmId are distinct programs (ancmId-dtlAncmSn)")
    func rounds() throws {
        let result = try TIPATestPages.parse(try Self.page("notice02_list-1"), as: "tipa.smtech.list")
        let ids = result.followUps.compactMap { $0.context["id"] }
        #expect(ids.filter { $0.hasPrefix("S02847-") } == ["S02847-10", "S02847-9", "S02847-8"])
        #expect(Set(ids).count == ids.count)
    }

    @Test("past the last page: the board's no-data row is zero rows, not a failure")
    func emptyPage() throws {
        let url = "https://www.smtech.go.kr/front/ifg/no/notice02_list.do?pageIndex=3"
        let result = try TIPATestPages.parse(try Self.page("notice02_list-empty", url: url), as: "tipa.smtech.list")
        #expect(result.followUps.isEmpty && result.skipped == 0 && result.problems.isEmpty)
        #expect(result.pageCount == nil)
    }

    @Test("zero rows without the board's no-data message is a layout change naming the rows rule")
    func rowsGone() throws {
        // The list table still there, its rows rendered in another way (a redesign the selector does not know).
        let page = try TIPATestPages.edited(
            TIPATestPages.smtechPages + "list/notice02_list-empty.html", url: TIPATestPages.smtechListURL,
            [("<td colspan=\"7\" class=\"no_data\">조회된 데이터가 없습니다.</td>", "<td colspan=\"7\"></td>")])
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.smtech.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.source == "tipa.smtech.list")
        #expect(failure.url == TIPATestPages.smtechListURL)
        #expect(failure.selector?.hasPrefix("rows = ") == true)
    }

    @Test("a renamed list table (only the login popup's table left) is a layout change, not an empty list")
    func tableRenamed() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.smtechPages + "list/notice02_list-1.html", url: TIPATestPages.smtechListURL,
            [("summary=\"사업공고 목록\"", "summary=\"공고 목록\""), ("<caption>사업공고 목록</caption>", "<caption>공고</caption>")])
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.smtech.list"))
        #expect(failure.code == .layoutChanged)
    }

    @Test("rows whose links all vanished are a layout change naming the link rule")
    func linksGone() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.smtechPages + "list/notice02_list-1.html", url: TIPATestPages.smtechListURL,
            [("class=\"board\"", "class=\"subject\"")])
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.smtech.list"))
        #expect(failure.code == .layoutChanged)
    }

    @Test("an SMTECH row without ancmId/dtlAncmSn is a problem, not a request and not skipped")
    func rowWithoutIDs() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.smtechPages + "list/notice02_list-1.html", url: TIPATestPages.smtechListURL,
            [("ancmId=S02905&amp;buclCd=S9171&amp;dtlAncmSn=1", "buclCd=S9171")])
        let result = try TIPATestPages.parse(page, as: "tipa.smtech.list")
        #expect(result.followUps.count == 9)
        #expect(result.skipped == 5)
        #expect(result.problems.map(\.field) == ["link"])
    }

    @Test("the 404 page is an error page")
    func notFound() throws {
        let page = try TIPATestPages.file(TIPATestPages.smtechPages + "404.html", url: TIPATestPages.smtechListURL)
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.smtech.list"))
        #expect(failure.code == .errorPage)
    }
}
