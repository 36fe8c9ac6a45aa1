import Foundation
import Testing

@testable import Parse

/// Ids and canonical URLs from the link forms the TIPA sites write.
@Suite("TIPA: links and ids")
struct TIPALinkTests {
    static let listURL = "https://www.smtech.go.kr/front/ifg/no/notice02_list.do?pageIndex=2"

    @Test("an SMTECH list href (jsessionid, &amp;, paging, empty search) → ancmId-dtlAncmSn, canonical URL")
    func smtechHref() throws {
        let href =
            "/front/ifg/no/notice02_detail.do;jsessionid=1edeYRZoXAvkudChTq8GNlKw0EJ3yVSuVbIBCxfQBRsELuA7FD6RYPv1n"
            + "TDWjDI6.smwas1_servlet_engine2?buclYy=&amp;ancmId=S02818&amp;buclCd=S9171&amp;dtlAncmSn=5"
            + "&amp;schdSe=MO5005&amp;aplySn=1&amp;searchCondition=&amp;searchKeyword=&amp;pageIndex=2"
        let link = try #require(SMTECHLink(href: href, base: Self.listURL))
        #expect(link.id == "S02818-5")
        #expect(link.url == TIPATestPages.smtechDetailURL("S02818", "S9171", 5))
        #expect(link.parameters["ancmId"] == "S02818" && link.parameters["dtlAncmSn"] == "5")
    }

    @Test("a search keyword on the link is list state, not part of the detail URL")
    func smtechSearchState() throws {
        let href =
            "/front/ifg/no/notice02_detail.do?ancmId=S02847&buclCd=S6041&dtlAncmSn=7&schdSe=MO5005&aplySn=1"
            + "&searchCondition=1&searchKeyword=%ED%8C%8C%EA%B2%AC&pageIndex=1"
        let link = try #require(SMTECHLink(href: href, base: Self.listURL))
        #expect(link.url == TIPATestPages.smtechDetailURL("S02847", "S6041", 7))
    }

    @Test(
        "links that are not an SMTECH detail give no id",
        arguments: [
            "javascript:goMove()", "#", "", "/front/ifg/no/notice02_intro.do",
            "/front/ifg/no/notice02_detail.do?ancmId=S02847&buclCd=S6041",
            "/front/ifg/no/notice02_detail.do?dtlAncmSn=3",
        ])
    func smtechNoID(href: String) {
        #expect(SMTECHLink(href: href, base: Self.listURL) == nil)
    }

    @Test(
        "a tipa.or.kr post link, with or without the paging segment → the post id and /s040101/view/id/<id>",
        arguments: [
            "/s040101/view/page/1/id/17537", "/s040101/view/id/17537",
            "https://www.tipa.or.kr/s040101/view/page/186/id/17537",
            "/s040101/view/page/2/id/17537?search=1",
        ])
    func tipaPostLink(href: String) throws {
        let link = try #require(TIPANoticeLink(href: href, base: "https://www.tipa.or.kr/s040101/index/page/1"))
        #expect(link.id == "17537")
        #expect(link.url == "https://www.tipa.or.kr/s040101/view/id/17537")
    }

    @Test(
        "pager, download and preview links are not posts",
        arguments: [
            "/s040101/index/page/2", "#", "/s040101/download/id/17444/fid/52811",
            "/_res/pdfjs/web/viewer.html?url=/_files/board/20260529//faf1002ae243b99cac375e4491efd741.pdf",
            "/s040101/view/id/", "/s040101/view/id/abc",
        ])
    func tipaNotAPost(href: String) {
        #expect(TIPANoticeLink(href: href, base: "https://www.tipa.or.kr/s040101/index/page/1") == nil)
    }

    @Test("the SMTECH pager counter and the tipa.or.kr last-page link give page counts")
    func pageCounts() {
        #expect(SMTECHListParser.lastPage("총 27건 [1/2 페이지]") == 2)
        #expect(SMTECHListParser.lastPage("총 3,751건 [1/251 페이지]") == 251)
        #expect(SMTECHListParser.lastPage("총 27건") == nil)
        #expect(TIPANoticeListParser.lastPage("/s040101/index/page/186") == 186)
        #expect(TIPANoticeListParser.lastPage("/s040101/index") == nil)
    }

    @Test("attachment types are the shown name's extension")
    func fileTypes() {
        #expect(TIPAAttachment.fileType("붙임1. 공고문.HWPX") == "hwpx")
        #expect(TIPAAttachment.fileType("(서식) 양식.zip") == "zip")
        #expect(TIPAAttachment.fileType("공고문 (최종)") == "")
        #expect(TIPAAttachment.fileType("2026. 6. 2. 공고") == "")
    }
}
