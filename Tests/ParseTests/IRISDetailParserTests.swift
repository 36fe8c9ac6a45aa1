import Foundation
import Testing

@testable import Parse

/// The detail page: failures, where the id comes from, attachment links and the contact.
@Suite("IRIS detail")
struct IRISDetailParserTests {
    static func detail(_ bytes: [UInt8], url: String, context: [String: String] = [:], filter: Bool = true) throws
        -> ParseResult
    {
        var source = try IRISPages.source("iris.detail")
        source.filterToOurAgencies = filter
        return try IRISDetailParser().parse(FetchedPage(url: url, bytes: bytes, listContext: context), source: source)
    }

    static func program(_ file: String, url: String, context: [String: String] = [:]) throws -> Program {
        try #require(try detail(try IRISPages.file("detail/" + file), url: url, context: context).programs.first)
    }

    @Test("a detail page without its title block is a layout change naming the title rule")
    func withoutTitle() throws {
        var html = String(decoding: try IRISPages.file("detail/026101.html"), as: UTF8.self)
        html = html.replacingOccurrences(of: "<div class=\"title\">", with: "<div class=\"subject\">")
        let failure = #expect(throws: ParseFailure.self) {
            try Self.detail(Array(html.utf8), url: IRISPages.detail + "?ancmId=026101&ancmPrg=ancmIng")
        }
        #expect(failure?.code == .layoutChanged)
        #expect(failure?.selector?.hasPrefix("title = ") == true)
    }

    @Test("the not-found page for an unknown ancmId is an error page")
    func notFound() throws {
        let failure = #expect(throws: ParseFailure.self) {
            try Self.detail(try IRISPages.file("404.html"), url: IRISPages.detail + "?ancmId=099999&ancmPrg=ancmIng")
        }
        #expect(failure?.code == .errorPage)
    }

    @Test("a detail page that is not a detail page (the list screen) is a layout change")
    func otherKindOfPage() throws {
        let failure = #expect(throws: ParseFailure.self) {
            try Self.detail(try IRISPages.file("list/view-ancmIng-1.html"), url: IRISPages.detail + "?ancmId=026101")
        }
        #expect(failure?.code == .layoutChanged)
    }

    @Test("reached by the site's form POST (no query), the id and tab come from the page's hidden form")
    func idFromForm() throws {
        let program = try Self.program("026044.html", url: IRISPages.detail)
        #expect(program.sourceID == "026044")
        #expect(program.detailURL == IRISPages.detail + "?ancmId=026044&ancmPrg=ancmIng")
    }

    @Test("the list row's id and tab come before the form's")
    func idFromListRow() throws {
        let program = try Self.program(
            "026188.html", url: IRISPages.detail, context: ["id": "026188", "tab": "ancmPre"])
        #expect(program.sourceID == "026188")
        #expect(program.detailURL == IRISPages.detail + "?ancmId=026188&ancmPrg=ancmPre")
    }

    @Test("attachment ids are URI-encoded as the site's script does, with a space before the size argument")
    func attachmentLinks() throws {
        let program = try Self.program("026044.html", url: IRISPages.detail + "?ancmId=026044&ancmPrg=ancmIng")
        let last = try #require(program.attachments.last)
        #expect(
            last.url == "https://www.iris.go.kr/comm/file/fileDownload.do"
                + "?atchDocId=1NGHfHmSpoTmrKiBxZqq%2Fg%3D%3D&atchFileId=3gPQus27vbw4v4QGRvWRQQ%3D%3D")
        #expect(last.type == "hwp")
        #expect(program.attachments[2].name == "(붙임 3) 산업기술R&D 자율성트랙 제도안내.pdf")
    }

    @Test("a download call in onclick is read too, and its name argument stands in for a missing text span")
    func attachmentOnclick() throws {
        var html = String(decoding: try IRISPages.file("detail/025990.html"), as: UTF8.self)
        let link = try #require(html.range(of: #"<a href="javascript:f_bsnsAncm_downloadAtchFile"#))
        html.replaceSubrange(link, with: ##"<a href="#" onclick="f_bsnsAncm_downloadAtchFile"##)
        html = html.replacingOccurrences(of: #"<span class="text">"#, with: "<span>")
        html = html.replacingOccurrences(of: #"<span class="fileSize">"#, with: "<span>")
        let result = try Self.detail(Array(html.utf8), url: IRISPages.detail + "?ancmId=025990&ancmPrg=ancmEnd")
        let attachment = try #require(result.programs.first?.attachments.first)
        #expect(attachment.name == "신속대응 R&D 과제 제안서 양식.hwp")
        #expect(attachment.url.hasPrefix("https://www.iris.go.kr/comm/file/fileDownload.do?atchDocId="))
    }

    @Test("another agency's call is skipped, or kept without an agency when the source does not filter")
    func otherAgency() throws {
        let url = IRISPages.detail + "?ancmId=026133&ancmPrg=ancmIng"
        let skipped = try Self.detail(try IRISPages.file("detail/026133.html"), url: url)
        #expect(skipped.programs.isEmpty && skipped.skipped == 1)
        let kept = try Self.detail(try IRISPages.file("detail/026133.html"), url: url, filter: false)
        #expect(kept.programs.first?.agency == nil && kept.programs.first?.announcingAgency == "한국연구재단")
    }

    @Test("the contact's e-mail is the one in the 문의 paragraph, not an earlier address")
    func inquiryEmail() {
        let body = "제출처 : submit@iris.go.kr\n3. 문의처\n○ 정보통신기획평가원 윤서연 (042-612-8021, syyoon@iitp.kr)"
        #expect(IRISDetailParser.inquiryEmail(in: body) == "syyoon@iitp.kr")
        #expect(IRISDetailParser.inquiryEmail(in: "담당 : a@b.kr") == nil)
    }

    @Test("a demand survey's invitation to 산·학·연 is not eligibility; a notice's 참여대상 is")
    func eligibilityByKind() throws {
        let survey = try Self.program("025870.html", url: IRISPages.detail + "?ancmId=025870&ancmPrg=ancmIng")
        #expect(survey.kind == .demandSurvey && survey.eligibility.organizationTypes.isEmpty)
        let notice = try Self.program("025733.html", url: IRISPages.detail + "?ancmId=025733&ancmPrg=ancmPre")
        #expect(notice.kind == .notice && notice.eligibility.types == [.researchInstitute, .sme, .university])
    }

    @Test("a page without contact labels or e-mail has no contact; 미등록 is no call type")
    func emptyFields() throws {
        let program = try Self.program("026080.html", url: IRISPages.detail + "?ancmId=026080&ancmPrg=ancmPre")
        #expect(program.contact == nil && program.attachments.isEmpty)
        let survey = try Self.program("025870.html", url: IRISPages.detail + "?ancmId=025870&ancmPrg=ancmIng")
        #expect(survey.callType == nil && survey.fields.count == 5)
    }

    @Test("a 접수기간 that states no dates is kept as written and reported; `-` is no period at all")
    func unreadablePeriod() throws {
        var html = String(decoding: try IRISPages.file("detail/026101.html"), as: UTF8.self)
        html = html.replacingOccurrences(of: "2026-11-12 ~ 2026-12-10 18:00", with: "붙임 공고문 참조")
        let result = try Self.detail(Array(html.utf8), url: IRISPages.detail + "?ancmId=026101&ancmPrg=ancmIng")
        let program = try #require(result.programs.first)
        #expect(program.period.text == "붙임 공고문 참조" && program.period.end == nil)
        #expect(result.problems.contains { $0.field == "접수기간" })
        let none = try Self.program("025733.html", url: IRISPages.detail + "?ancmId=025733&ancmPrg=ancmPre")
        #expect(none.period == .unknown)
    }
}
