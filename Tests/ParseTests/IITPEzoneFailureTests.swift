import Foundation
import Parse
import Testing

/// Pages that are not what an ezone source promises fail with a typed error naming source, URL and selector;
/// an empty board is zero rows, not a failure.
@Suite("IITP ezone: failures")
struct IITPEzoneFailureTests {
    static let errorPagePath = "real/iitp-error-page.html"

    @Test("the real www.iitp.kr error page is an error page for the list source")
    func realErrorPageAsList() throws {
        let url = "https://www.iitp.kr/kr/1/business/businessApiView.it"
        let page = try IITPTestPages.file(Self.errorPagePath, url: url)
        let failure = try #require(try IITPTestPages.failure(page, as: "iitp.ezone.list"))
        #expect(failure.code == .errorPage)
        #expect(failure.source == "iitp.ezone.list")
        #expect(failure.url == url)
        #expect(failure.selector?.hasPrefix("error_marker = ") == true)
    }

    @Test("the real error page is an error page for the detail source too")
    func realErrorPageAsDetail() throws {
        let url = "https://ezone.iitp.kr/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD202600000131"
        let page = try IITPTestPages.file(Self.errorPagePath, url: url)
        let failure = try #require(try IITPTestPages.failure(page, as: "iitp.ezone.detail"))
        #expect(failure.code == .errorPage)
        #expect(failure.source == "iitp.ezone.detail")
    }

    @Test(
        "a detail page for an unknown id (script alert and redirect, HTTP 200) is an error page",
        arguments: [
            "https://ezone.iitp.kr/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD209900000001",
            "https://ezone.iitp.kr/common/anno/01/form.tab?PMS_DMSY_PBNC_ID=DSP2099001",
        ])
    func unknownID(url: String) throws {
        let page = try IITPTestPages.served(url, method: "POST")
        let failure = try #require(try IITPTestPages.failure(page, as: "iitp.ezone.detail"))
        #expect(failure.code == .errorPage)
        #expect(failure.url == url)
        #expect(failure.selector?.hasPrefix("error_marker = ") == true)
    }

    @Test("a board page past the last one is empty: no rows, no failure, the page count still read")
    func emptyBoard() throws {
        let page = try IITPTestPages.served("https://ezone.iitp.kr/common/anno/list?cPage=9")
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(result.followUps.isEmpty && result.programs.isEmpty && result.skipped == 0)
        #expect(result.problems.isEmpty)
        #expect(result.pageCount == 3)
    }

    @Test("a board whose rows the selector no longer finds is a layout change, not zero programs")
    func boardLayoutChanged() throws {
        let served = try IITPTestPages.served("https://ezone.iitp.kr/common/anno/list?cPage=2")
        let html = String(decoding: served.bytes, as: UTF8.self)
            .replacingOccurrences(of: "class=\"basic_bbs\"", with: "class=\"board_list\"")
        let page = FetchedPage(url: served.url, bytes: Array(html.utf8))
        let failure = try #require(try IITPTestPages.failure(page, as: "iitp.ezone.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("rows = ") == true)
    }

    @Test("rows none of which has a form.tab link are a layout change")
    func rowsWithoutLinks() throws {
        let page = IITPTestPages.board([
            IITPTestPages.row("<a href=\"#\" onclick=\"fn_view('PBD202600000131');\">"),
            IITPTestPages.row("<a href=\"#\" onclick=\"fn_view('PBD202600000129');\">"),
        ])
        let failure = try #require(try IITPTestPages.failure(page, as: "iitp.ezone.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("link = ") == true)
    }

    @Test("a list page fetched as a detail is a layout change, not a program")
    func listAsDetail() throws {
        let page = try IITPTestPages.served("https://ezone.iitp.kr/common/anno/list?cPage=1")
        let failure = try #require(try IITPTestPages.failure(page, as: "iitp.ezone.detail"))
        #expect(failure.code == .layoutChanged)
    }
}
