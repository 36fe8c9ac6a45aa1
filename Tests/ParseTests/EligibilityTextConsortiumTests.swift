import Parse
import Testing

/// Whether a consortium is required: true, false (the page says none is needed) or nil (not said).
struct EligibilityTextConsortiumTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let required: Bool?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "컨소시엄 필수", text: "○ 컨소시엄 필수", required: true),
        Case(label: "산·학·연 컨소시엄 구성 필수", text: "※ 산·학·연 컨소시엄 구성 필수 (주관연구개발기관 1개 + 공동연구개발기관)", required: true),
        Case(label: "산학연 컨소시엄 구성, without 필수", text: "○ 산학연 컨소시엄 구성 (주관기관 1개, 공동연구기관 1개 이상)", required: true),
        Case(label: "공동연구기관 1개 이상 필수", text: "○ 공동연구기관 1개 이상 필수 참여", required: true),
        Case(
            label: "필수 with 단독 신청 불가", text: "○ 주관기관과 공동개발기관의 컨소시엄 구성 필수(단독 신청 불가)",
            required: true),
        Case(label: "단독 신청 불가 alone", text: "○ 중소기업 단독 신청 불가", required: true),
        Case(label: "컨소시엄 구성 필수이며", text: "○ 산·학·연 컨소시엄 구성 필수이며, 반도체 수요기업 1개 이상이 참여하여야 함", required: true),
        Case(label: "컨소시엄을 구성하여 신청", text: "○ 대학과 컨소시엄을 구성하여 신청하여야 함", required: true),
        Case(label: "단독 신청 가능", text: "○ 단독 신청 가능", required: false),
        Case(label: "컨소시엄 구성 불필요", text: "○ 컨소시엄 구성 불필요 (단독 신청 가능)", required: false),
        Case(label: "컨소시엄 구성 없이", text: "컨소시엄 구성 없이 단독 신청 가능", required: false),
        Case(
            label: "필수가 아님 is not 필수", text: "○ 컨소시엄 구성은 필수가 아님 (단독 신청 가능)", required: false),
        Case(
            label: "단독 또는 컨소시엄, 의무 없음", text: "- 단독 또는 컨소시엄 형태 모두 신청 가능 (컨소시엄 구성 의무 없음)",
            required: false),
        Case(label: "컨소시엄 불필요 (… 단독 신청)", text: "○ 컨소시엄 불필요 (창업기업 단독 신청)", required: false),
        Case(label: "공동개발기관 구성 불필요", text: "○ 단독 신청(공동개발기관 구성 불필요)", required: false),
        Case(label: "a preference is no requirement", text: "○ 산학연 컨소시엄 구성 시 가점 부여 (최대 2점)", required: nil),
        Case(label: "권장 is no requirement", text: "○ 수요기업과의 컨소시엄 구성 권장", required: nil),
        Case(label: "a form's field is no requirement", text: "컨소시엄 구성 필수 여부 : 선택", required: nil),
        Case(label: "an attachment name", text: "붙임2. 컨소시엄 협약서 양식.hwp", required: nil),
        Case(label: "nothing about it", text: "2. 지원대상 : 중소기업\n3. 지원규모 : 과제당 최대 5억원", required: nil),
        Case(
            label: "a program named 산학연", text: "2027년도 중소기업기술개발 지원사업 '산학연 Collabo R&D사업(산학협력)' 시행계획 공고",
            required: nil),
    ]

    @Test("requirement", arguments: cases)
    func requirement(_ testCase: Case) {
        #expect(EligibilityText.analyze(testCase.text).consortiumRequired?.value == testCase.required)
    }

    @Test("the phrase, and 1.0 under an eligibility heading")
    func statedUnderHeading() {
        let found = EligibilityText.analyze("□ 지원대상\n○ 중소기업\n※ 컨소시엄 구성 필수\n□ 지원규모").consortiumRequired
        #expect(found == Finding(true, phrase: "※ 컨소시엄 구성 필수", confidence: EligibilityText.statedConfidence))
    }

    @Test("elsewhere it counts for less, and the heading's statement wins")
    func elsewhereAndPreference() {
        let elsewhere = EligibilityText.analyze("신청방법\n컨소시엄 구성 없이 단독 신청 가능").consortiumRequired
        #expect(elsewhere?.confidence == EligibilityText.indirectConfidence)
        let both = EligibilityText.analyze("□ 사업개요\n○ 단독 신청 가능\n□ 신청자격\n○ 컨소시엄 구성 필수").consortiumRequired
        #expect(both?.value == true)
        #expect(both?.phrase == "○ 컨소시엄 구성 필수")
    }
}
