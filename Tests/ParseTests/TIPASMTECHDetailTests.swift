import Foundation
import Parse
import Testing

/// What the SMTECH detail parser does that the golden records do not pin down on their own: the two attachment
/// forms, recovery from the broken page, HWP styles kept out of the body, and pages that are not a detail.
@Suite("TIPA SMTECH: detail")
struct TIPASMTECHDetailTests {
    static func detail(_ name: String, url: String) throws -> Program {
        let page = try TIPATestPages.file(TIPATestPages.smtechPages + "detail/\(name).html", url: url)
        let result = try TIPATestPages.parse(page, as: "tipa.smtech.detail")
        #expect(result.programs.count == 1)
        #expect(result.problems.isEmpty, "\(result.problems)")
        return try #require(result.programs.first)
    }

    static let deepURL = TIPATestPages.smtechDetailURL("S02912", "S3061", 1)

    @Test("attachments in href=\"javascript:cfn_AtchFileDownload(…)\" and in onclick (href=\"#list\") are both read")
    func attachmentForms() throws {
        let program = try Self.detail("S02912-1", url: Self.deepURL)
        #expect(program.attachments.count == 3)
        let form = try #require(program.attachments.last)
        #expect(form.name == "(별첨) 사업계획서 및 제출서류 양식(딥테크트랙).hwp")
        #expect(
            form.url
                == "https://www.smtech.go.kr/front/comn/AtchFileDownload.do?atchFileId=161CFAA0DEE8643B703EAFC019586494"
        )
        #expect(form.type == "hwp")
    }

    @Test("the raw list link (;jsessionid=…, paging, empty search) gives the canonical id and URL")
    func rawListURL() throws {
        let raw =
            "https://www.smtech.go.kr/front/ifg/no/notice02_detail.do;jsessionid=clhYSuNtIaG79bI3ITN5dX2VKlqjTFTDHt"
            + "Wk6yZXUYsXXAxjlPWObfDuaXCn3hhU.smwas3_servlet_engine4?buclYy=&ancmId=S02912&buclCd=S3061&dtlAncmSn=1"
            + "&schdSe=MO5005&aplySn=1&searchCondition=&searchKeyword=&pageIndex=1"
        let program = try Self.detail("S02912-1", url: raw)
        #expect(program.sourceID == "S02912-1")
        #expect(program.detailURL == Self.deepURL)
    }

    @Test("the HWP <STYLE> block does not reach the body text")
    func hwpStyle() throws {
        let body = try #require(try Self.detail("S02912-1", url: Self.deepURL).bodyText)
        #expect(!body.contains("HStyle0"))
        #expect(!body.contains("font-family"))
        #expect(body.hasPrefix("중소벤처기업부 공고 제2026-702호"))
    }

    @Test("the broken page: every label keeps its value, and the footer stays out of the body")
    func brokenMarkup() throws {
        let program = try Self.detail("S02899-1", url: TIPATestPages.smtechDetailURL("S02899", "S1021", 1))
        #expect(program.postedOn?.description == "2026-11-03")
        #expect(program.announcementNumber == "TI_2026_031")
        #expect(program.period.text == "2026. 11. 10 ~ 2026. 11. 27 18:00")
        #expect(
            program.contact
                == Contact(department: "기술협력실", name: "최서윤", phone: "044-300-0937", email: "collabo@tipa.or.kr"))
        let body = try #require(program.bodyText)
        #expect(body.hasSuffix("※ 세부 내용은 붙임 공고문을 참고하시기 바랍니다."))
        #expect(!body.contains("목록"))
        #expect(!body.contains("개인정보처리방침"))
    }

    @Test("the intro page the site redirects to without the full query is a layout change, not a program")
    func introPage() throws {
        let url = "https://www.smtech.go.kr/front/ifg/no/notice02_intro.do"
        let page = try TIPATestPages.file(TIPATestPages.smtechPages + "notice02_intro.html", url: url)
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.smtech.detail"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("labels = ") == true)
    }

    @Test("a detail page at a URL without ancmId/dtlAncmSn (and no list context) has no stable id: wrong content")
    func noID() throws {
        let page = try TIPATestPages.file(
            TIPATestPages.smtechPages + "detail/S02847-10.html",
            url: "https://www.smtech.go.kr/front/ifg/no/notice02_detail.do?buclCd=S6041")
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.smtech.detail"))
        #expect(failure.code == .wrongContent)
    }
}
