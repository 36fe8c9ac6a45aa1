import Foundation
import Parse
import Testing

/// How the ezone list parser reads ids and detail URLs from the links the board and main page use, and what it
/// passes on to the detail page.
@Suite("IITP ezone: list rows")
struct IITPEzoneListTests {
    /// A row link and the id and canonical detail URL it must give.
    struct LinkCase: CustomTestStringConvertible, Sendable {
        var anchor: String
        var id: String
        var url: String
        var testDescription: String { anchor }
    }

    static let linkCases: [LinkCase] = [
        // 02 과제공고, as the board writes it.
        LinkCase(
            anchor:
                "<a href=\"#\" onclick=\"post_to_url('/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD202600000131', 'post');\">",
            id: "PBD202600000131",
            url: "https://ezone.iitp.kr/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD202600000131"),
        // 01 수요조사/안내, double quotes inside single-quoted onclick, no spaces.
        LinkCase(
            anchor:
                "<a href='#ezonemain' onclick='post_to_url(\"/common/anno/01/form.tab?PMS_DMSY_PBNC_ID=DSP2026009\",\"post\")'>",
            id: "DSP2026009", url: "https://ezone.iitp.kr/common/anno/01/form.tab?PMS_DMSY_PBNC_ID=DSP2026009"),
        // 03 공모/챌린지 (SITES.md §1.2), an absolute URL with paging state that the canonical URL drops.
        LinkCase(
            anchor:
                "<a href=\"#\" onclick=\"post_to_url('https://ezone.iitp.kr/common/anno/03/form.tab?cPage=2&amp;PMS_PBNM_ID=PBN2017004', 'post');\">",
            id: "PBN2017004", url: "https://ezone.iitp.kr/common/anno/03/form.tab?PMS_PBNM_ID=PBN2017004"),
        // The pre-2021 board: a real href with a servlet session id.
        LinkCase(
            anchor:
                "<a href=\"/common/anno/02/form.tab;jsessionid=A1B2C3D4E5.tomcat2?PMS_TSK_PBNC_ID=PBD202000000031\">",
            id: "PBD202000000031",
            url: "https://ezone.iitp.kr/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD202000000031"),
    ]

    @Test("a row's link gives its id and canonical detail URL", arguments: linkCases)
    func link(_ testCase: LinkCase) throws {
        let result = try IITPTestPages.parse(
            IITPTestPages.board([IITPTestPages.row(testCase.anchor)]), as: "iitp.ezone.list")
        let followUp = try #require(result.followUps.first)
        #expect(result.followUps.count == 1)
        #expect(followUp.context["id"] == testCase.id)
        #expect(followUp.url == testCase.url)
        #expect(followUp.source == "iitp.ezone.detail")
    }

    @Test("a row without a form.tab link is reported and left out; the other rows still count")
    func rowWithoutLink() throws {
        let page = IITPTestPages.board([
            IITPTestPages.row(
                "<a href=\"#\" onclick=\"post_to_url('/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD202600000131', 'post');\">"
            ),
            IITPTestPages.row("<a href=\"/common/notice/view?NOTICE_SEQ=1187\">"),
        ])
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(result.followUps.map { $0.context["id"] } == ["PBD202600000131"])
        #expect(result.problems.map(\.field) == ["link"])
    }

    @Test("a board row passes its title, 공고유형, 접수기간, 진행상태 and 등록일 on; the counter gives the page count")
    func boardContext() throws {
        let page = try IITPTestPages.served("https://ezone.iitp.kr/common/anno/list?cPage=1")
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(result.pageCount == 3)
        let first = try #require(result.followUps.first)
        #expect(first.context["title"] == "2027년도 인공지능혁신인재양성 사업 신규지원 대상과제 공고")
        #expect(first.context["category"] == "과제공고")
        #expect(first.context["period"] == "2026-11-25 ~ 2026-12-16")
        #expect(first.context["status"] == "접수예정")
        #expect(first.context["posted"] == "2026-11-16")
        let survey = try #require(result.followUps.first { $0.context["id"] == "DSP2026009" })
        #expect(survey.context["category"] == "수요조사")
    }

    @Test("the main page gives only the 접수중 tab, with the 접수기간 (not the 공고기간) when an item has one")
    func mainPage() throws {
        let page = try IITPTestPages.served("https://ezone.iitp.kr/main/main")
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(
            result.followUps.map { $0.context["id"] ?? "" } == [
                "PBD202600000133", "PBD202600000131", "PBD202600000129", "DSP2026009",
            ])
        #expect(result.followUps.first?.context["period"] == "2026-11-17 ~ 2026-12-08")
        #expect(result.followUps.last?.context["period"] == nil)
        #expect(result.followUps.first?.context["title"] == "2027년도 정보보호 핵심원천기술개발사업 신규지원 대상과제 공고")
        #expect(result.pageCount == nil)
    }

    @Test("the real main-page capture reads the same way")
    func realMainPage() throws {
        let page = try IITPTestPages.file("real/iitp-ezone-main-trimmed.html", url: "https://ezone.iitp.kr/main/main")
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(result.followUps.map { $0.context["id"] ?? "" } == ["PBD202600000088", "PBD202600000071"])
        #expect(result.followUps.first?.context["period"] == "2026-08-31 ~ 2026-09-11")
        #expect(result.followUps.last?.context["title"] == "(수정공고)2026년도 AI최고급신진연구자지원 사업 공고")
    }

    @Test("a main page whose 접수중 tab is empty is an empty list, not a failure")
    func emptyMainTab() throws {
        let html = """
            <html><head><meta charset="utf-8"></head><body><div class="main"><section class="Business">
            <div class="co_grab"><div class="bn_list clearfix" id="main_01"><ul></ul></div></div></section></div>
            </body></html>
            """
        let page = FetchedPage(url: "https://ezone.iitp.kr/main/main", bytes: Array(html.utf8))
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(result.followUps.isEmpty)
    }
}
