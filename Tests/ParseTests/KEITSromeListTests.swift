import Foundation
import Parse
import Testing

/// The S-Rome div list: each box a program with what it states, both link forms, an empty page that says so, and
/// markup without the boxes as a layout change.
@Suite("KEIT S-Rome: list")
struct KEITSromeListTests {
    static let page1 = "sites/srome.keit.re.kr/pages/list/page-1.html"

    @Test("S-Rome markup without the boxes is a layout change naming the rows rule, not zero programs")
    func layoutChanged() throws {
        let page = try KEITTests.edited(Self.page1, url: KEITTests.sromeList) {
            $0.replacingOccurrences(of: "table_box", with: "card_item")
        }
        let failure = try #require(try KEITTests.failure(page, as: "keit.srome.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.source == "keit.srome.list")
        #expect(failure.url == KEITTests.sromeList)
        #expect(failure.selector?.hasPrefix("rows = ") == true)
    }

    @Test("boxes whose title links lost f_detail are a layout change naming the link rule")
    func linksChanged() throws {
        let page = try KEITTests.edited(Self.page1, url: KEITTests.sromeList) {
            $0.replacingOccurrences(of: "f_detail(", with: "fn_view(")
        }
        let failure = try #require(try KEITTests.failure(page, as: "keit.srome.list"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("link = ") == true)
    }

    @Test("a page past the end says it has no results: zero programs, no failure")
    func emptyPage() throws {
        let page = try KEITTests.file(
            "sites/srome.keit.re.kr/pages/list/empty.html", url: KEITTests.sromeList + "&pageIndex=3")
        let result = try KEITTests.parse(page, as: "keit.srome.list")
        #expect(result.programs.isEmpty && result.followUps.isEmpty && result.problems.isEmpty)
        #expect(result.pageCount == 2)
    }

    @Test("the S-Rome error page is an error page")
    func errorPage() throws {
        let page = try KEITTests.file("sites/srome.keit.re.kr/pages/404.html", url: KEITTests.sromeList)
        let failure = try #require(try KEITTests.failure(page, as: "keit.srome.list"))
        #expect(failure.code == .errorPage)
    }

    @Test("onclick links (`f_detail('I26077', '2026'); return false;`) give ids, periods with times and posting days")
    func onclickBoxes() throws {
        let result = try KEITTests.parse(
            try KEITTests.file(Self.page1, url: KEITTests.sromeList), as: "keit.srome.list")
        #expect(result.programs.count == 10)
        #expect(result.pageCount == 2)
        let robot = try #require(result.programs.first { $0.sourceID == "I26077-2026" })
        #expect(robot.agency == .keit)
        #expect(robot.source == "keit.srome.list")
        #expect(robot.title == "2027년도 제1차 로봇산업기술개발사업 신규지원 대상과제 공고")
        #expect(robot.period.text == "2026-11-16 09:00 ~ 2026-12-07 18:00")
        #expect(robot.period.closingTimeGiven)
        #expect(robot.period.end.map(KoreaTime.iso8601) == "2026-12-07T18:00:00+09:00")
        #expect(robot.postedOn?.description == "2026-11-09")
        #expect(
            robot.detailURL == KEITTests.sromeDetail("I26077"))
        // `R&amp;D` in the markup is `R&D` in the title.
        #expect(result.programs.contains { $0.title == "2026년도 제3차 산업기술R&D연구기획사업 신규지원 대상과제 공고" })
    }

    @Test("href links (`javascript:f_detail('I21435','2026');`) give the same ids; older years keep their bsnsYy")
    func hrefBoxes() throws {
        let page = try KEITTests.file(
            "sites/srome.keit.re.kr/pages/list/page-2.html", url: KEITTests.sromeList + "&pageIndex=2")
        let result = try KEITTests.parse(page, as: "keit.srome.list")
        #expect(
            result.programs.map(\.sourceID) == [
                "I21435-2026", "I20388-2026", "I18835-2026", "I16540-2025", "I14917-2025", "I13715-2025", "I13402-2025",
            ])
        let car = try #require(result.programs.first { $0.sourceID == "I18835-2026" })
        // 등록일 after the 접수 start, as the real row has it.
        #expect(car.postedOn?.description == "2026-02-10")
        #expect(car.period.start.map(KoreaTime.iso8601) == "2026-02-06T09:00:00+09:00")
    }

    @Test("the changed page shows the robot call's extended deadline")
    func changedPage() throws {
        let page = try KEITTests.file("sites/srome.keit.re.kr/pages/changed/page-1.html", url: KEITTests.sromeList)
        let result = try KEITTests.parse(page, as: "keit.srome.list")
        let robot = try #require(result.programs.first { $0.sourceID == "I26077-2026" })
        #expect(robot.period.end.map(KoreaTime.iso8601) == "2026-12-14T18:00:00+09:00")
    }
}
