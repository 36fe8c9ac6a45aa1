import Foundation
import Parse
import Testing

/// The itech JSON list and the list screen read as `keit.itech.list`: every row a detail request with what the row
/// said; empty pages are zero rows, answers that are not the list are typed failures.
@Suite("KEIT itech: list")
struct KEITItechListTests {
    @Test("a JSON page past the last one is zero rows, no failure, with the page count")
    func emptyJSONPage() throws {
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/list/empty.json", url: KEITTests.itechList)
        let result = try KEITTests.parse(page, as: "keit.itech.list")
        #expect(result.followUps.isEmpty && result.programs.isEmpty && result.skipped == 0)
        #expect(result.problems.isEmpty)
        #expect(result.pageCount == 2)
    }

    @Test("an empty list on a page paginationInfo says holds rows is a layout change")
    func emptyListWherePagesRemain() throws {
        let json = """
            {"paginationInfo":{"currentPageNo":1,"totalRecordCount":27,"totalPageCount":2},"list":[]}
            """
        let failure = try #require(
            try KEITTests.failure(KEITTests.text(json, url: KEITTests.itechList), as: "keit.itech.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector == "rows = list")
    }

    @Test(
        "a JSON body that is an error message is an error page naming source, URL and selector",
        arguments: [
            #"{"error": true, "message": "세션이 만료되었습니다. 다시 시도하여 주십시오."}"#,
            #"{"resultCode": "9999", "resultMsg": "시스템 오류가 발생하였습니다."}"#,
        ])
    func errorMessage(json: String) throws {
        let failure = try #require(
            try KEITTests.failure(KEITTests.text(json, url: KEITTests.itechList), as: "keit.itech.list"))
        #expect(failure.code == .errorPage)
        #expect(failure.source == "keit.itech.list")
        #expect(failure.url == KEITTests.itechList)
        #expect(failure.selector == "rows = list")
        #expect(failure.message.contains("오류") || failure.message.contains("만료"))
    }

    @Test("JSON without the list and without a message is a layout change naming the rows rule")
    func renamedList() throws {
        let json = #"{"paginationInfo":{"currentPageNo":1,"totalPageCount":2},"resultList":[{"ancmId":"I26077"}]}"#
        let failure = try #require(
            try KEITTests.failure(KEITTests.text(json, url: KEITTests.itechList), as: "keit.itech.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector == "rows = list")
        #expect(failure.message.contains("resultList"))
    }

    @Test("rows whose keys were renamed are a layout change, not zero programs")
    func renamedRowKeys() throws {
        let json =
            #"{"paginationInfo":{"totalPageCount":1},"list":[{"ancmSn":"I26077","bsnsYear":"2026","ancmTl":"공고"}]}"#
        let failure = try #require(
            try KEITTests.failure(KEITTests.text(json, url: KEITTests.itechList), as: "keit.itech.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.contains("id = ancmId") == true)
    }

    @Test(
        "a body that is not JSON at all, or empty, is a typed failure",
        arguments: [
            ("{\"list\": [", ParseFailure.Code.malformed), ("", .wrongContent), ("[1, 2]", .wrongContent),
        ])
    func notJSON(body: String, code: ParseFailure.Code) throws {
        let failure = try #require(
            try KEITTests.failure(KEITTests.text(body, url: KEITTests.itechList), as: "keit.itech.list"))
        #expect(failure.code == code)
    }

    @Test(
        "HTML that is not the list screen (the 404 page, the bounce page) is a failure, not zero rows",
        arguments: [
            ("sites/itech.keit.re.kr/pages/404.html", ParseFailure.Code.errorPage),
            ("sites/itech.keit.re.kr/pages/bounce.html", .wrongContent),
        ])
    func otherHTML(path: String, code: ParseFailure.Code) throws {
        let page = try KEITTests.file(path, url: KEITTests.itechList)
        let failure = try #require(try KEITTests.failure(page, as: "keit.itech.list"))
        #expect(failure.code == code)
        #expect(failure.source == "keit.itech.list")
    }

    @Test("JSON rows carry the row's fields to the detail request, keyed like the detail source's placeholders")
    func jsonContext() throws {
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/list/page-2.json", url: KEITTests.itechList)
        let result = try KEITTests.parse(page, as: "keit.itech.list")
        #expect(result.followUps.count == 12)
        #expect(result.pageCount == 2)
        let request = try #require(result.followUps.first { $0.context["id"] == "A00619-2024" })
        #expect(request.source == "keit.itech.detail")
        #expect(request.method == "GET")
        #expect(request.context["ancm_id"] == "A00619")
        #expect(request.context["year"] == "2024")
        // The real JSON's double space is collapsed.
        #expect(request.context["title"] == "2024년도 시험인증산업경쟁력및신뢰성제고사업 신규지원 대상과제 공고")
        #expect(request.context["number"] == "산업통상자원부 공고 제2024-233호")
        #expect(request.context["start"] == "20240318")
        #expect(request.context["end"] == "20240415")
        #expect(request.context["status"] == "접수마감")
        // bsnsYy is the posting year, not the title's: I16540 (title 2026년도) is opened with bsnsYy=2025.
        let planning = try #require(result.followUps.first { $0.context["ancm_id"] == "I16540" })
        #expect(planning.url == KEITTests.itechDetail("I16540", "2025"))
    }

    @Test("the list screen's rows read by their column headings, with the page count of `(1/2 페이지)`")
    func screenContext() throws {
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/list/screen-1.html", url: KEITTests.itechScreen)
        let result = try KEITTests.parse(page, as: "keit.itech.list")
        #expect(result.followUps.count == 15)
        #expect(result.pageCount == 2)
        let first = try #require(result.followUps.first)
        #expect(first.context["id"] == "I26112-2026")
        #expect(first.url == KEITTests.itechDetail("I26112"))
        #expect(first.context["posted"] == "2026-11-16")
        #expect(first.context["period"] == "2026-11-25 ~ 2026-12-16")
        #expect(first.context["status"] == "접수예정")
        #expect(result.followUps[1].context["title"] == "2027년도 산업기술R&D 신규지원 사업 통합설명회 개최 안내")
    }

    @Test("a list screen whose rows lost their f_detailPage links is a layout change")
    func screenLayoutChanged() throws {
        let page = try KEITTests.edited(
            "sites/itech.keit.re.kr/pages/list/screen-1.html", url: KEITTests.itechScreen
        ) { $0.replacingOccurrences(of: "f_detailPage(", with: "fn_goView(") }
        let failure = try #require(try KEITTests.failure(page, as: "keit.itech.list"))
        #expect(failure.code == .layoutChanged)
    }

    @Test("a list screen for a year without announcements is empty, not a failure")
    func screenEmpty() throws {
        let page = try KEITTests.edited(
            "sites/itech.keit.re.kr/pages/list/screen-1.html", url: KEITTests.itechScreen
        ) { html in
            guard let start = html.range(of: "<tbody id=\"ancmList\">"),
                let end = html.range(of: "</tbody>", range: start.upperBound..<html.endIndex)
            else { return html }
            return html.replacingCharacters(
                in: start.upperBound..<end.lowerBound, with: "<tr><td colspan=\"5\">등록된 공고가 없습니다.</td></tr>")
        }
        let result = try KEITTests.parse(page, as: "keit.itech.list")
        #expect(result.followUps.isEmpty && result.problems.isEmpty)
    }

    @Test("without a detail source the rows are counted as skipped, each with a problem")
    func noDetailSource() throws {
        let source = try KEITTests.withoutDetail("keit.itech.list")
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/list/page-1.json", url: KEITTests.itechList)
        let result = try KEITTests.parse(page, with: source)
        #expect(result.followUps.isEmpty)
        #expect(result.skipped == 15)
        #expect(result.problems.count == 15)
    }

    @Test("the list screen is read with keit.itech.list's screen_rules: a redesign is fixed by editing them")
    func screenRulesFromAgencyFile() throws {
        let page = try KEITTests.edited(
            "sites/itech.keit.re.kr/pages/list/screen-1.html", url: KEITTests.itechScreen
        ) { $0.replacingOccurrences(of: "table-response01", with: "board-table") }
        let failure = try #require(try KEITTests.failure(page, as: "keit.itech.list"))
        #expect(failure.code == .wrongContent)
        #expect(failure.selector?.hasPrefix("screen_rules.table = ") == true)
        var source = try KEITTests.source("keit.itech.list")
        for name in ["table", "rows", "headings"] {
            source.screenRules[name] = source.screenRules[name]?
                .replacingOccurrences(of: "table-response01", with: "board-table")
        }
        let result = try KEITTests.parse(page, with: source)
        #expect(result.followUps.count == 15)
        #expect(result.followUps.first?.context["period"] == "2026-11-25 ~ 2026-12-16")
    }

    @Test("a source without screen rules cannot read the list screen, and says which rule it lacks")
    func withoutScreenRules() throws {
        let page = try KEITTests.file("sites/itech.keit.re.kr/pages/list/screen-1.html", url: KEITTests.itechScreen)
        var source = try KEITTests.source("keit.itech.list")
        source.screenRules["headings"] = nil
        let failure = #expect(throws: ParseFailure.self) { try KEITTests.parse(page, with: source) }
        #expect(failure?.code == .malformed && failure?.selector == "screen_rules.headings")
    }
}
