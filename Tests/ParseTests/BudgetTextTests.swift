import Parse
import Testing

/// `BudgetText.parse` on every form SITES.md §8 lists and the traps around them.
@Suite("BudgetText.parse")
struct BudgetTextTests {
    /// One phrase and the amounts it must give.
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var total: Int64?
        var perProject: Int64?
        var testDescription: String { text }

        init(_ text: String, total: Int64? = nil, perProject: Int64? = nil) {
            self.text = text
            self.total = total
            self.perProject = perProject
        }
    }

    static let amounts: [Case] = [
        // Units: 억 = 10^8, 천만원 = 10^7, 백만원 = 10^6, 만원 = 10^4, 천원 = 10^3, 원.
        Case("1억원", total: 100_000_000),
        Case("2천만원", total: 20_000_000),
        Case("5백만원", total: 5_000_000),
        Case("375만원", total: 3_750_000),
        Case("120,000천원", total: 120_000_000),
        Case("1,500,000원", total: 1_500_000),
        Case("6,400백만원", total: 6_400_000_000),
        Case("1,500 백만원", total: 1_500_000_000),
        Case("1조 2,000억원", total: 1_200_000_000_000),
        // Mixed groups.
        Case("1억 5천만원", total: 150_000_000),
        Case("1억5천만원", total: 150_000_000),
        Case("8천만원", total: 80_000_000),
        Case("3천5백만원", total: 35_000_000),
        Case("2억 원", total: 200_000_000),
        // Decimals, with and without the NTIS space.
        Case("117.32 억원", total: 11_732_000_000),
        Case("117.32억원", total: 11_732_000_000),
        Case("6.4억원", total: 640_000_000),
        Case("25.5억원", total: 2_550_000_000),
        Case("0.5억원", total: 50_000_000),
        Case("117.32억", total: 11_732_000_000),
        // Full-width digits from Korean input methods.
        Case("５억원", total: 500_000_000),
        // Markup left in a cell.
        Case("117.32<span class=\"unit\">억원</span>", total: 11_732_000_000),
        // Qualifiers keep the number.
        Case("10억원 이내", total: 1_000_000_000),
        Case("10억원 내외", total: 1_000_000_000),
        Case("약 10억원", total: 1_000_000_000),
        Case("최대 375만원", perProject: 3_750_000),
        // Total markers.
        Case("총 40억원", total: 4_000_000_000),
        Case("총40억원", total: 4_000_000_000),
        Case("총 사업비 50억원", total: 5_000_000_000),
        Case("총사업비 50억원", total: 5_000_000_000),
        Case("사업비 30억원", total: 3_000_000_000),
        Case("예산 20억원", total: 2_000_000_000),
        Case("지원예산 : 총 117.32억원", total: 11_732_000_000),
        Case("정부출연금 총 50억원", total: 5_000_000_000),
        Case("총 3억원 (3개 과제 내외)", total: 300_000_000),
        // Per-project markers.
        Case("과제당 5억원", perProject: 500_000_000),
        Case("기업당 최대 8천만원", perProject: 80_000_000),
        Case("건당 5백만원", perProject: 5_000_000),
        Case("1개사당 2억원", perProject: 200_000_000),
        Case("과제별 3억원 이내", perProject: 300_000_000),
        Case("연간 과제당 5억원", perProject: 500_000_000),
        Case("과제당 연간 5억원 내외", perProject: 500_000_000),
        Case("과제당 연 7억원 이내", perProject: 700_000_000),
        Case("과제당 최대 15억원 (3년 이내)", perProject: 1_500_000_000),
        // Ranges give the upper bound.
        Case("3~5억원", total: 500_000_000),
        Case("3 ~ 5억원", total: 500_000_000),
        Case("3억원~5억원", total: 500_000_000),
        Case("3억 ∼ 5억원", total: 500_000_000),
        Case("3-5억원", total: 500_000_000),
        Case("과제당 3~5억원", perProject: 500_000_000),
        // This year's slice is not the total.
        Case("150억원 이내(당해 19억원)", total: 15_000_000_000),
        // Both in one phrase.
        Case("총 48억원 (과제당 연 12억원 이내)", total: 4_800_000_000, perProject: 1_200_000_000),
        Case("총 117.32억원 (과제당 5억원 이내)", total: 11_732_000_000, perProject: 500_000_000),
        Case("총 1,800백만원 (과제당 연 300백만원 이내)", total: 1_800_000_000, perProject: 300_000_000),
        Case("총 6.4억원 (과제당 8천만원 내외)", total: 640_000_000, perProject: 80_000_000),
        Case("과제당 5억원 (총 20억원)", total: 2_000_000_000, perProject: 500_000_000),
        // A later unmarked amount is not a second total: here it is one project's money over two years.
        Case("과제당 5억원 (2년간 10억원)", perProject: 500_000_000),
        // Int64 holds this one exactly.
        Case("92233720368억원", total: 9_223_372_036_800_000_000),
    ]

    @Test(arguments: amounts)
    func readsAmount(_ example: Case) {
        let budget = BudgetText.parse(example.text)
        #expect(budget.totalKRW == example.total)
        #expect(budget.perProjectKRW == example.perProject)
        #expect(budget.text != nil)
    }

    /// The original pipeline's 10× error: 억 is 10^8.
    @Test(arguments: ["1억원", "1억", "1 억원", "1.0억원"])
    func oneEokIsOneHundredMillion(_ text: String) {
        let total = BudgetText.parse(text).totalKRW
        #expect(total == 100_000_000)
        #expect(total != 1_000_000_000)
    }

    /// Phrases that say the amount is unknown: nil amounts, the phrase kept as written.
    @Test(arguments: [
        ("0 억원", "0 억원"), ("0억원", "0억원"), ("0<span class=\"unit\">억원</span>", "0억원"), ("미정", "미정"),
        ("추후 공지", "추후 공지"), ("총 0억원", "총 0억원"), ("  미정 ", "미정"),
    ])
    func unknownIsNilNotZero(_ text: String, _ written: String) {
        let budget = BudgetText.parse(text)
        #expect(budget.totalKRW == nil)
        #expect(budget.perProjectKRW == nil)
        #expect(budget.text == written)
    }

    /// Nothing about money at all: no amounts and no text. Percentages and rates are not amounts.
    @Test(arguments: [
        "", "   ", "-", "--", "정부출연금 75% 이내", "연구개발비 최대 90% 이내 지원", "정부지원연구개발비 5억원당 1명", "45개월",
        "2026년 8월", "3천 명", "3만 명", "5원자력", "사업별 상이 (붙임 공고문 참조)",
    ])
    func saysNothing(_ text: String) {
        #expect(BudgetText.parse(text) == .unknown)
    }

    /// The phrase comes back as written, whitespace collapsed.
    @Test func keepsPhraseAsWritten() {
        let budget = BudgetText.parse("  총 48억원\n (과제당 연\u{00A0}12억원 이내) ")
        #expect(budget.text == "총 48억원 (과제당 연 12억원 이내)")
    }

    /// Too large for `Int64`: unknown, not wrapped around, and no crash.
    @Test(arguments: ["총 99999999999억원", "99999999999999999999원", "100000000조원"])
    func overflowIsUnknown(_ text: String) {
        let budget = BudgetText.parse(text)
        #expect(budget.totalKRW == nil)
        #expect(budget.text == text)
    }

    /// A marked total of zero stays unknown even when another unmarked figure follows.
    @Test func markedZeroTotalDoesNotFallBack() {
        let budget = BudgetText.parse("총 0억원 (과제당 5억원)")
        #expect(budget.totalKRW == nil)
        #expect(budget.perProjectKRW == 500_000_000)
    }
}
