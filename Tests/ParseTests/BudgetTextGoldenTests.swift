import Foundation
import Parse
import Testing

/// The golden detail records (written by hand from the pages) and their pages' text, for the normalizers' tests
/// against real strings. Paths are relative to this file, so the tests run from any working directory.
enum NormalizerGoldens {
    /// One golden detail record.
    struct Record: CustomTestStringConvertible, Sendable {
        var file: String
        var program: [String: String]
        var numbers: [String: Int64]
        /// The page as text (tags out, entities decoded); nil when the page is not UTF-8 (two KIMST pages are EUC-KR).
        var pageText: String?
        var testDescription: String { file }
    }

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every detail record (not list records), in file order.
    static func records() -> [Record] {
        let golden = fixtures.appendingPathComponent("golden")
        guard let paths = FileManager.default.enumerator(atPath: golden.path)?.allObjects as? [String] else {
            return []
        }
        return paths.sorted().compactMap { path -> Record? in
            guard path.hasSuffix(".json"), !path.hasSuffix(".list.json"),
                let data = try? Data(contentsOf: golden.appendingPathComponent(path)),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let program = json["program"] as? [String: Any]
            else { return nil }
            let page = (json["page"] as? String).flatMap { try? Data(contentsOf: fixtures.appendingPathComponent($0)) }
            return Record(
                file: path, program: program.compactMapValues { $0 as? String },
                numbers: program.compactMapValues { ($0 as? NSNumber)?.int64Value },
                pageText: page.flatMap { String(data: $0, encoding: .utf8) }.map(text(ofHTML:)))
        }
    }

    /// A page as a reader sees it, roughly: scripts and styles out, block tags as spaces, inline tags removed (IRIS
    /// splits `117.32` and `억원` into two spans), entities decoded.
    static func text(ofHTML html: String) -> String {
        var text = html.replacingOccurrences(
            of: "<(script|style)[\\s\\S]*?</\\1>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(
            of: "</?(p|div|td|th|tr|li|br|h[1-6]|table|ul|ol|dl|dt|dd)\\b[^>]*>", with: " ",
            options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return TitleText.clean(text)
    }
}

/// Every budget phrase written into the golden records must read back as the record's amounts, and each page's
/// body must give the record's budget.
@Suite("BudgetText on the golden records")
struct BudgetTextGoldenTests {
    static let phrases = NormalizerGoldens.records().filter { $0.program["budget_text"] != nil }
    static let pages = NormalizerGoldens.records().filter { $0.pageText != nil }

    /// Guards the tests below against passing on an empty folder.
    @Test func recordsAreThere() {
        #expect(Self.phrases.count >= 30)
        #expect(Set(Self.phrases.compactMap { $0.program["budget_text"] }).count >= 15)
        #expect(Self.pages.count >= 40)
    }

    @Test(arguments: phrases)
    func phraseGivesGoldenAmounts(_ record: NormalizerGoldens.Record) {
        let text = record.program["budget_text"] ?? ""
        let budget = BudgetText.parse(text)
        #expect(budget.totalKRW == record.numbers["budget_total_krw"])
        #expect(budget.perProjectKRW == record.numbers["budget_per_project_krw"])
        #expect(budget.text == text)
    }

    /// The same phrase found inside a sentence gives the same amounts and quotes itself back (`미정` and `0억원` too).
    @Test(arguments: phrases)
    func phraseInsideSentenceIsFound(_ record: NormalizerGoldens.Record) {
        let text = record.program["budget_text"] ?? ""
        let budget = BudgetText.find(in: "2. 지원규모 ○ 지원예산 : \(text) ○ 지원기간 : 3년 이내")
        #expect(budget.totalKRW == record.numbers["budget_total_krw"])
        #expect(budget.perProjectKRW == record.numbers["budget_per_project_krw"])
        #expect(budget.text == text)
    }

    /// The whole page (menus, tables, NTIS's `공고금액 : 0 억원` summary and all) gives the golden budget.
    @Test(arguments: pages)
    func pageGivesGoldenBudget(_ record: NormalizerGoldens.Record) {
        let budget = BudgetText.find(in: record.pageText ?? "")
        #expect(budget.totalKRW == record.numbers["budget_total_krw"])
        #expect(budget.perProjectKRW == record.numbers["budget_per_project_krw"])
        #expect(budget.text == record.program["budget_text"])
    }
}
