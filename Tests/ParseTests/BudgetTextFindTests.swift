import Parse
import Testing

/// `BudgetText.find` on body text as the detail pages write it (sentences taken from the fixture pages).
@Suite("BudgetText.find")
struct BudgetTextFindTests {
    /// A body, the amounts it must give, and the phrase quoted.
    struct Case: CustomTestStringConvertible, Sendable {
        var body: String
        var total: Int64?
        var perProject: Int64?
        var text: String?
        var testDescription: String { String(body.prefix(60)) }
    }

    static let cases: [Case] = [
        Case(
            body: "3. 지원규모 ○ 총 40억원 (과제당 연 10억원 이내), 4개 과제 ○ 지원기간 : 2026. 10. 1. ~ 2029. 12. 31.",
            total: 4_000_000_000, perProject: 1_000_000_000, text: "총 40억원 (과제당 연 10억원 이내)"),
        Case(
            body: "□ 지원규모: 기업당 최대 8천만원 (12개사 내외 선정) □ 지원기간: 협약일로부터 2027년 10월 31일까지",
            total: nil, perProject: 80_000_000, text: "기업당 최대 8천만원"),
        Case(
            body: "2. 지원내용 ○ 지원규모 : 과제당 최대 1억원 (1년) ○ 정부출연금은 총 사업비의 75% 이내 3. 접수기간",
            total: nil, perProject: 100_000_000, text: "과제당 최대 1억원 (1년)"),
        Case(
            body: "경영목표와 예산 및 운영계획 결산서 … 2. 지원규모 : 과제당 최대 10억원 (최대 2년) ※ 정부지원연구개발비는 총 사업비의 65% 이내",
            total: nil, perProject: 1_000_000_000, text: "과제당 최대 10억원 (최대 2년)"),
        Case(
            body: "- 지원규모 : 과제당 연간 5억원 내외 (신규 6개 과제 내외) - 지원기간 : 최대 6년 (3+3년)",
            total: nil, perProject: 500_000_000, text: "과제당 연간 5억원 내외"),
        Case(
            body: "○ 지원예산 : 총 6,400 백만원 분야 품목수 지원기간 제조로봇 3 45 개월 이내",
            total: 6_400_000_000, perProject: nil, text: "총 6,400 백만원"),
        Case(
            body: "○ 지원예산 : 총 117.32억원 (과제당 최대 15억원) ○ 지원기간 : 4년 이내",
            total: 11_732_000_000, perProject: 1_500_000_000, text: "총 117.32억원 (과제당 최대 15억원)"),
        Case(
            body: "사업기간 5년 이내(당해 9개월 이내), 사업비 150억원 이내(당해 19억원), 지정공모형",
            total: 15_000_000_000, perProject: nil, text: "150억원 이내(당해 19억원)"),
        // NTIS: 공고금액 0 억원 or 미정 in the summary, the real phrase in the body.
        Case(
            body: "공고유형 : 본공고 공고금액 : 0억원 문의처 : 1357 … 지원규모 과제당 최대 15억원 (3년 이내) 지원대상 TIPS",
            total: nil, perProject: 1_500_000_000, text: "과제당 최대 15억원 (3년 이내)"),
        Case(
            body: "공고유형 : 본공고 공고금액 : 미정 문의처 : 053-718-8442 … 지원규모 과제당 연 7억원 이내 지원대상 중소기업",
            total: nil, perProject: 700_000_000, text: "과제당 연 7억원 이내"),
        Case(
            body: "공고유형 : 본공고 공고금액 : 117.32억원 문의처 : 0537188365 사업명 : 반도체첨단산업기술개발",
            total: 11_732_000_000, perProject: nil, text: "117.32억원"),
        // An explicit 총 phrase wins over the summary's label.
        Case(
            body: "공고금액 : 48 억원 문의처 : 042-612-8273 … 지원규모 총 48억원 (과제당 연 12억원 이내) 지원기간 4년 이내",
            total: 4_800_000_000, perProject: 1_200_000_000, text: "총 48억원 (과제당 연 12억원 이내)"),
        // Extracted cell text glues label and value.
        Case(
            body: "지원규모총 40억원 (과제당 연 10억원 이내)기술분야전파·위성", total: 4_000_000_000, perProject: 1_000_000_000,
            text: "총 40억원 (과제당 연 10억원 이내)"),
        // Separate phrases are both quoted, in page order.
        Case(
            body: "□ 지원규모: 총 3억원 (3개 과제 내외) □ 지원내용: 선상 실증시험 비용, 과제당 1억원 이내",
            total: 300_000_000, perProject: 100_000_000, text: "총 3억원 / 과제당 1억원 이내"),
        // Unknown, said so.
        Case(body: "공고유형 : 본공고 공고금액 : 0억원 문의처 : 0260098114", text: "0억원"),
        Case(body: "2. 지원규모 ○ 지원예산 : 미정 ※ 정부 예산 확정 후 품목별 지원금액을 별도 안내 예정", text: "미정"),
        // Nothing stated.
        Case(body: "□ 접수기간 : 2026. 12. 1.(화) ~ 2027. 1. 8.(금) 18:00 □ 예산 : 사업별 상이 (붙임 공고문 참조)"),
        Case(body: "□ 접수기간 : 추후 공지 □ 문의처 : 044-300-0915"),
        Case(body: "번호 과제명 지원기간 정부지원연구개발비 1 AI 기반 주파수 간섭분석 플랫폼 개발 45개월 연 12억원 이내"),
        Case(body: "청년채용 : 정부지원연구개발비 5억원당 1명 이상 채용"),
        Case(body: "총괄과제 5억원, 세부과제 2억원"),
    ]

    @Test(arguments: cases)
    func findsBudget(_ example: Case) {
        let budget = BudgetText.find(in: example.body)
        #expect(budget.totalKRW == example.total)
        #expect(budget.perProjectKRW == example.perProject)
        #expect(budget.text == example.text)
    }

    /// The first total and the first per-project phrase win.
    @Test func firstPhrasesWin() {
        let body = "○ 지원예산 : 총 52억원 (과제당 연 13억원 내외) … 붙임 2. 품목별 예산 총 10억원, 과제당 2억원"
        let budget = BudgetText.find(in: body)
        #expect(budget.totalKRW == 5_200_000_000)
        #expect(budget.perProjectKRW == 1_300_000_000)
    }
}
