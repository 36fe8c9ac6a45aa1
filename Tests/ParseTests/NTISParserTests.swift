import Foundation
import Parse
import Testing

@Suite("NTIS parsers: failures are failures")
struct NTISParserTests {
    private func page(_ path: String, url: String) throws -> FetchedPage {
        let data = try Data(contentsOf: GoldenCorpus.fixtures.appendingPathComponent(path))
        return FetchedPage(url: url, bytes: [UInt8](data))
    }

    private let listURL = "https://www.ntis.go.kr/rndgate/eg/un/ra/mng.do?pageIndex=1"

    @Test("a redesigned list whose rows the selector no longer finds is a layout change naming the selector")
    func layoutChange() throws {
        let source = try #require(GoldenCorpus.source("ntis.list"))
        let redesigned = try page("sites/www.ntis.go.kr/pages/changed/list-1-relayout.html", url: listURL)
        let failure = #expect(throws: ParseFailure.self) {
            try GoldenCorpus.parser("ntis_list").parse(redesigned, source: source)
        }
        #expect(failure?.code == .layoutChanged)
        #expect(failure?.selector?.hasPrefix("rows = ") == true)
        #expect(failure?.source == "ntis.list")
    }

    @Test("a list page that says it has no results yields nothing, without failing")
    func emptyList() throws {
        let source = try #require(GoldenCorpus.source("ntis.list"))
        let empty = try page("sites/www.ntis.go.kr/pages/list/mng-empty.html", url: listURL)
        let result = try GoldenCorpus.parser("ntis_list").parse(empty, source: source)
        #expect(result.followUps.isEmpty && result.skipped == 0)
    }

    @Test("an error page or a PDF where a detail page was expected is a typed failure, never zero programs")
    func wrongPages() throws {
        let source = try #require(GoldenCorpus.source("ntis.detail"))
        let url = "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=1"
        let errorPage = try page("real/iitp-error-page.html", url: url)
        let failure = #expect(throws: ParseFailure.self) {
            try GoldenCorpus.parser("ntis_detail").parse(errorPage, source: source)
        }
        #expect(failure?.code == .layoutChanged)
        let pdf = FetchedPage(url: url, bytes: Array("%PDF-1.4\n%%EOF\n".utf8))
        let pdfFailure = #expect(throws: ParseFailure.self) {
            try GoldenCorpus.parser("ntis_detail").parse(pdf, source: source)
        }
        #expect(pdfFailure?.code == .wrongContent)
    }

    @Test("another agency's call on NTIS is skipped, not an error")
    func otherAgency() throws {
        let source = try #require(GoldenCorpus.source("ntis.detail"))
        let detail = try page(
            "sites/www.ntis.go.kr/pages/detail/1274861.html",
            url: "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=1274861")
        let result = try GoldenCorpus.parser("ntis_detail").parse(detail, source: source)
        #expect(result.programs.isEmpty)
        #expect(result.skipped == 1)
    }

    @Test("the real capture keeps its closing time, its 0 억원 as unknown, and the 공고번호 from the body")
    func realCapture() throws {
        let source = try #require(GoldenCorpus.source("ntis.detail"))
        let detail = try page(
            "real/ntis-detail-1243873.html", url: "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=1243873")
        let program = try #require(try GoldenCorpus.parser("ntis_detail").parse(detail, source: source).programs.first)
        #expect(program.period.end.map(KoreaTime.iso8601) == "2025-08-13T18:00:00+09:00")
        #expect(program.period.closingTimeGiven)
        #expect(program.budget.totalKRW == nil)
        #expect(program.announcementNumber == "산업통상자원부 공고 제2025-518호")
        #expect(program.attachments.count == 10)
        #expect(program.bodyText?.contains("data-hwpjson") == false)
        #expect(program.businessName == "2025년도 농업기계 디지털전환향 개방형 A-SW 오픈소스 및 협력개발 서비스 플랫폼구축사업 신규지원 대상과제 공고")
    }

    @Test(
        "a heading's `_(YYYY)…` suffix is the program the record belongs to, kept apart from the title",
        arguments: [
            (
                "2025년 팁스(TIPS) 창업기업 지원계획 통합공고(딥테크 트랙)_(2025)(5월) 딥테크",
                "2025년 팁스(TIPS) 창업기업 지원계획 통합공고(딥테크 트랙)", "(5월) 딥테크"
            ),
            (
                "2026년 농업연구개발사업 1차공모_(2026)농업빅데이터활용모델및인공지능개발", "2026년 농업연구개발사업 1차공모",
                "농업빅데이터활용모델및인공지능개발"
            ),
            ("2026년 기계장비산업기술개발사업 신규지원 대상과제 2차 공고", "2026년 기계장비산업기술개발사업 신규지원 대상과제 2차 공고", nil),
            ("공고_(2025)", "공고", nil),
        ] as [(String, String, String?)])
    func headingSuffix(heading: String, title: String, businessName: String?) {
        let parts = NTISHeading.split(heading)
        #expect(parts.title == title)
        #expect(parts.businessName == businessName)
    }
}
