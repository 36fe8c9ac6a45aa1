import Testing

@testable import Parse

@Suite("KIMST board ids and URLs")
struct KIMSTBoardLinksTests {
    @Test(
        "bno from the board's relative query string, raw & or &amp;",
        arguments: [
            "?type=view&bno=153421765146331&searchDiv=&searchKeyword=",
            "?type=view&amp;bno=153421765146331&amp;searchDiv=&amp;searchKeyword=",
            "board.do?bno=153421765146331&type=view",
            "https://www.kimst.re.kr/u/news/notice_01/board.do?type=view&bno=153421765146331#top",
        ])
    func bnoFromHref(href: String) {
        #expect(KIMSTBoardLinks.id(parameter: "bno", href: href, onclick: nil) == "153421765146331")
    }

    @Test(
        "a link that opens the article by script gives the numeric argument",
        arguments: [
            ("javascript:fnView('153421765146331');", nil),
            ("#", "fn_view('list', '153421765146331'); return false;"),
        ] as [(String, String?)])
    func bnoFromScript(href: String, onclick: String?) {
        #expect(KIMSTBoardLinks.id(parameter: "bno", href: href, onclick: onclick) == "153421765146331")
    }

    @Test("links without an id give none")
    func noID() {
        #expect(KIMSTBoardLinks.id(parameter: "bno", href: "javascript:void(0);", onclick: nil) == nil)
        #expect(KIMSTBoardLinks.id(parameter: "bno", href: "?type=view&bno=&searchDiv=", onclick: nil) == nil)
        #expect(KIMSTBoardLinks.id(parameter: "bno", href: "?type=list&page=2", onclick: nil) == nil)
    }

    @Test("the IRIS ancmId keeps its leading zeros")
    func ancmID() {
        let href = "https://www.iris.go.kr/contents/retrieveBsnsAncmView.do?ancmId=023097&amp;ancmPrg=ancmEnd"
        #expect(KIMSTBoardLinks.id(parameter: "ancmId", href: href, onclick: nil) == "023097")
        #expect(KIMSTBoardLinks.queryValue("ancmPrg", in: href) == "ancmEnd")
    }

    @Test("the article URL is canonical: no page, search state or session id")
    func articleURL() {
        let from =
            "https://www.kimst.re.kr/u/news/notice_01/board.do;jsessionid=ABC123?page=2&searchDiv=&searchKeyword="
        #expect(
            KIMSTBoardLinks.article(bno: "153421765145981", pageURL: from)
                == "https://www.kimst.re.kr/u/news/notice_01/board.do?type=view&bno=153421765145981")
    }

    @Test("file types come from the name's extension")
    func fileTypes() {
        #expect(KIMSTBoardLinks.fileType("[공고] 모집 공고문.HWPX") == "hwpx")
        #expect(KIMSTBoardLinks.fileType("붙임 1. 안내(최종)") == "")
        #expect(KIMSTBoardLinks.fileType("filename_202611111502443051.pdf") == "pdf")
    }
}
