import Foundation
import Parse
import Testing

/// itech detail pages: the changed robot call against its own golden record, the pages the site answers instead of
/// a detail, and what the goldens do not pin down (ids from the page's form, the list row's dates as a fallback,
/// attachment URLs of the direct `cf_fileDownload` form).
@Suite("KEIT itech: detail")
struct KEITItechDetailTests {
    static let changedGolden = "golden/keit.itech.detail/I26077-2026.changed.json"

    @Test("the changed robot detail (deadline extended, budget raised) parses to its .changed.json golden")
    func changedRobotDetail() throws {
        let data = try Data(contentsOf: GoldenCorpus.fixtures.appendingPathComponent(Self.changedGolden))
        let golden = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let path = try #require(golden["page"] as? String)
        let url = try #require(golden["url"] as? String)
        let asOf = try #require(ISO8601DateFormatter().date(from: golden["as_of"] as? String ?? ""))
        let expected = try #require(golden["program"] as? [String: Any])

        let result = try KEITTests.parse(try KEITTests.file(path, url: url), as: "keit.itech.detail")
        let program = try #require(result.programs.first)
        #expect(result.programs.count == 1)
        let actual = try JSONEncoder().encode(ProgramRecord(program, asOf: asOf))
        let differences = GoldenCorpus.differences(
            expected: try JSONSerialization.data(withJSONObject: expected), actual: actual)
        #expect(
            differences.isEmpty, Comment(rawValue: Self.changedGolden + ":\n" + differences.joined(separator: "\n")))
        for phrase in expected["body_contains"] as? [String] ?? [] {
            #expect(program.bodyText?.contains(phrase) == true, "body lacks \"\(phrase)\"")
        }
        #expect(program.period.text == "2026-11-16 09:00 ~ 2026-12-14 18:00 (연장)")
        #expect(program.budget.totalKRW == 7_200_000_000)
    }

    @Test(
        "the list the site bounces to without both ids is another kind of page, not a program",
        arguments: [
            "sites/itech.keit.re.kr/pages/bounce.html", "sites/itech.keit.re.kr/pages/list/screen-1.html",
        ])
    func bounce(path: String) throws {
        let url = "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077"
        let failure = try #require(try KEITTests.failure(try KEITTests.file(path, url: url), as: "keit.itech.detail"))
        #expect(failure.code == .wrongContent)
        #expect(failure.source == "keit.itech.detail")
        #expect(failure.url == url)
        #expect(failure.selector?.hasPrefix("list_marker = ") == true)
    }

    @Test("the site's error page is an error page")
    func errorPage() throws {
        let url = KEITTests.itechDetail("I99999")
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/404.html", url: url)
        let failure = try #require(try KEITTests.failure(page, as: "keit.itech.detail"))
        #expect(failure.code == .errorPage)
        #expect(failure.selector?.hasPrefix("error_marker = ") == true)
    }

    @Test("a detail whose header table was redesigned is a layout change naming the labels rule")
    func layoutChanged() throws {
        let page = try KEITTests.edited(
            "sites/itech.keit.re.kr/pages/detail/I26044-2026.html", url: KEITTests.itechDetail("I26044")
        ) { $0.replacingOccurrences(of: "id=\"table-response\"", with: "id=\"view-table\"") }
        let failure = try #require(try KEITTests.failure(page, as: "keit.itech.detail"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("labels = ") == true)
    }

    @Test("without ids in the URL (the site's own form POST) the ids come from the page's detailForm")
    func idsFromForm() throws {
        let url = "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do"
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/detail/I23537-2026.html", url: url)
        let program = try #require(try KEITTests.parse(page, as: "keit.itech.detail").programs.first)
        #expect(program.sourceID == "I23537-2026")
        #expect(program.detailURL == KEITTests.itechDetail("I23537"))
    }

    @Test("a page without its 접수기간 and 공고번호 rows takes the list row's dates and number")
    func listContextFallback() throws {
        let context = [
            "id": "I26077-2026", "ancm_id": "I26077", "year": "2026", "start": "20261116", "end": "20261207",
            "number": "산업통상부 공고 제2026-931호",
        ]
        let page = try KEITTests.edited(
            "sites/itech.keit.re.kr/pages/detail/I26077-2026.html", url: KEITTests.itechDetail("I26077"),
            context: context
        ) { html in
            html.replacingOccurrences(of: "<th scope=\"row\">접수기간</th>", with: "<th scope=\"row\">비고</th>")
                .replacingOccurrences(of: "<th scope=\"row\">공고번호</th>", with: "<th scope=\"row\">비고2</th>")
                .replacingOccurrences(of: "산업통상부 공고 제2026-931호</span>", with: "</span>")
        }
        let program = try #require(try KEITTests.parse(page, as: "keit.itech.detail").programs.first)
        #expect(program.period.text == "20261116 ~ 20261207")
        #expect(program.period.closingTimeGiven == false)
        #expect(program.announcementNumber == "산업통상부 공고 제2026-931호")
    }

    @Test("a 공고번호 cell of `-` means none: the body is not searched for one")
    func dashNumber() throws {
        let page = try KEITTests.file(
            "sites/itech.keit.re.kr/pages/detail/I26095-2026.html", url: KEITTests.itechDetail("I26095"),
            context: ["number": "산업통상부 공고 제2026-999호"])
        let program = try #require(try KEITTests.parse(page, as: "keit.itech.detail").programs.first)
        #expect(program.announcementNumber == nil)
    }

    @Test("a link calling cf_fileDownload directly keeps its own file kind and menu; base64 keys are form-encoded")
    func directDownloadCall() throws {
        let page = try KEITTests.edited(
            "sites/itech.keit.re.kr/pages/detail/I26077-2026.html", url: KEITTests.itechDetail("I26077")
        ) {
            $0.replacingOccurrences(
                of: "f_bsnsAncmFileDownload('jQ0i6B7tCF0CNyqLA3qKwQ==','32KoTO2I7tmAaI/3uVNSlQ==')",
                with: "cf_fileDownload('jQ0i6B7tCF0CNyqLA3qKwQ==', '32KoTO2I7tmAaI/3uVNSlQ==', 'NA2002', '03000000')")
        }
        let program = try #require(try KEITTests.parse(page, as: "keit.itech.detail").programs.first)
        #expect(program.attachments.count == 3)
        #expect(
            program.attachments.first?.url
                == "https://itech.keit.re.kr/fileDownLoad.do?atchFileId=jQ0i6B7tCF0CNyqLA3qKwQ%3D%3D"
                + "&orgEdmsId=32KoTO2I7tmAaI%2F3uVNSlQ%3D%3D&fileCrtSe=NA2002&menuId=03000000")
        #expect(program.attachments.map(\.type) == ["hwp", "hwpx", "zip"])
    }

    @Test("the footer's 대표전화 is not the contact; the header's 담당 cells are")
    func contactFromHeader() throws {
        let page = try KEITTests.file(
            "sites/itech.keit.re.kr/pages/detail/I23537-2026.html", url: KEITTests.itechDetail("I23537"))
        let program = try #require(try KEITTests.parse(page, as: "keit.itech.detail").programs.first)
        #expect(program.contact == Contact(department: "기계장비PD실", name: "박지영", phone: "053-718-8251", email: nil))
        #expect(program.bodyText?.contains("053-718-8114") == false)
        #expect(program.bodyText?.contains("StartFragment") == false)
    }
}
