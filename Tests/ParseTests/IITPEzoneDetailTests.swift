import Foundation
import Parse
import Testing

/// What the ezone detail parser does that the golden records do not pin down: where the id comes from when the URL
/// lacks it, canonical URLs, the body's closing time, the eligibility section, and plain download links.
@Suite("IITP ezone: detail pages")
struct IITPEzoneDetailTests {
    static let surveyURL = "https://ezone.iitp.kr/common/anno/01/form.tab?PMS_DMSY_PBNC_ID=DSP2026009"

    static func program(_ page: FetchedPage) throws -> Program {
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.detail")
        #expect(result.programs.count == 1)
        return try #require(result.programs.first)
    }

    static func record(_ program: Program) -> ProgramRecord {
        ProgramRecord(program, asOf: Date(timeIntervalSince1970: 1_795_050_000))
    }

    @Test("a page posted to a bare form.tab takes its id from the page's hidden form field")
    func idFromHiddenField() throws {
        let served = try IITPTestPages.served(Self.surveyURL)
        let page = FetchedPage(url: "https://ezone.iitp.kr/common/anno/01/form.tab", bytes: served.bytes)
        let program = try Self.program(page)
        #expect(program.sourceID == "DSP2026009")
        #expect(program.detailURL == Self.surveyURL)
    }

    @Test("a session id and extra parameters are not part of the detail URL")
    func canonicalURL() throws {
        let served = try IITPTestPages.served(Self.surveyURL)
        let page = FetchedPage(
            url:
                "https://ezone.iitp.kr/common/anno/01/form.tab;jsessionid=9F8E7D.tomcat1?cPage=2&PMS_DMSY_PBNC_ID=DSP2026009",
            bytes: served.bytes)
        let program = try Self.program(page)
        #expect(program.sourceID == "DSP2026009")
        #expect(program.detailURL == Self.surveyURL)
    }

    @Test("a closing time in the body counts only for the closing day of the 접수기간 cell")
    func closingTimeOnlyForClosingDay() throws {
        let served = try IITPTestPages.served(Self.surveyURL)
        let html = String(decoding: served.bytes, as: UTF8.self)
            .replacingOccurrences(of: "마감시간 : 2026. 11. 30.(월) 17:00까지", with: "마감시간 : 2026. 11. 27.(금) 17:00까지")
        let record = Self.record(try Self.program(FetchedPage(url: served.url, bytes: Array(html.utf8))))
        #expect(record.applicationEnd == "2026-11-30T23:59:59+09:00")
        #expect(record.closingTimeGiven == false)
        #expect(record.periodText == "2026-10-20 ~ 2026-11-30")
    }

    /// A minimal 02-form page in the fixture markup.
    static func detailPage(body: String, files: String = "") -> FetchedPage {
        let html = """
            <html><head><meta charset="utf-8"></head><body><div class="bbs_view">
            <div class="view_head"><span class="view_cate">과제공고</span><h4 class="view_tit">2027년도 시험 사업 신규지원 대상과제 공고</h4></div>
            <table class="tbl_view"><tbody>
            <tr><th scope="row">공고번호</th><td>과학기술정보통신부 공고 제2026-1600호</td><th scope="row">공모유형</th><td>지정공모</td></tr>
            <tr><th scope="row">접수기간</th><td colspan="3">2026-12-01 ~ 2026-12-21</td></tr>
            <tr><th scope="row">지원규모</th><td colspan="3">-</td></tr>
            <tr><th scope="row">담당부서</th><td>-</td><th scope="row">담당자</th><td>-</td></tr>
            </tbody></table>
            <div class="bbs_view_cnt"><div class="editor_content">\(body)</div></div>
            <div class="file_area"><ul class="file_list">\(files)</ul></div>
            </div></body></html>
            """
        return FetchedPage(
            url: "https://ezone.iitp.kr/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD202600000140",
            bytes: Array(html.utf8))
    }

    @Test("eligibility comes from the 지원대상 section, not from the organizations an opening sentence names")
    func eligibilitySection() throws {
        let page = Self.detailPage(
            body: """
                <p>대학·연구기관·기업의 연구자 여러분의 많은 참여 바랍니다.</p>
                <p><b>1. 지원대상</b></p><p>&nbsp;○ 중소기업 (단독 신청 가능)</p>
                <p><b>2. 지원규모</b></p><p>&nbsp;○ 총 20억원 (과제당 5억원 이내)</p>
                """)
        let record = Self.record(try Self.program(page))
        #expect(record.eligibleOrgTypes == ["sme"])
        #expect(record.budgetTotalKRW == 2_000_000_000)
        #expect(record.budgetPerProjectKRW == 500_000_000)
        #expect(record.contact == nil)
        #expect(record.closingTimeGiven == false)
    }

    @Test("a plain download link is kept as it is; a link that downloads nothing is left out")
    func plainDownloadLink() throws {
        let page = Self.detailPage(
            body: "<p>지원대상 : 대학</p>",
            files: """
                <li><a href="/cmm/fms/FileDown.do;jsessionid=AB12.tomcat1?atchFileId=FILE_000000000390001&amp;fileSn=0">공고문.HWPX</a></li>
                <li><a href="#none" onclick="fn_egov_downFile('FILE_000000000390001','1'); return false;">양식.hwp</a></li>
                <li><a href="#none">목록.pdf</a></li>
                """)
        let attachments = try Self.program(page).attachments
        #expect(
            attachments.map(\.url) == [
                "https://ezone.iitp.kr/cmm/fms/FileDown.do?atchFileId=FILE_000000000390001&fileSn=0",
                "https://ezone.iitp.kr/cmm/fms/FileDown.do?atchFileId=FILE_000000000390001&fileSn=1",
            ])
        #expect(attachments.map(\.type) == ["hwpx", "hwp"])
    }
}
