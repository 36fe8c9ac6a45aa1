import Parse
import Testing

/// Applicants told apart from consortium participants, partners (수요기업, evaluators) and exclusions.
struct EligibilityTextRoleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        /// The roles the text gives each type, in text order.
        let roles: [OrganizationType: [EligibilityText.Role]]
        /// The types `analyze` keeps.
        let types: [OrganizationType]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "대기업은 참여기관으로만: a participant, not an applicant",
            text: "○ 지원대상 : 중소기업, 중견기업 (대기업은 참여기관으로만 참여 가능)",
            roles: [.sme: [.applicant], .midSized: [.applicant], .large: [.participant]],
            types: [.large, .midSized, .sme]),
        Case(
            label: "labels in parentheses", text: "□ 신청자격\n○ (주관기관) 중소기업, 중견기업\n○ (참여기관) 대학, 연구기관",
            roles: [
                .sme: [.applicant], .midSized: [.applicant], .university: [.participant],
                .researchInstitute: [.participant],
            ],
            types: [.midSized, .researchInstitute, .sme, .university]),
        Case(
            label: "an exclusion label in parentheses", text: "○ (지원제외) 대기업 및 공공기관",
            roles: [.large: [.excluded], .publicInstitution: [.excluded]], types: []),
        Case(
            label: "주관기관: 중소기업", text: "○ 주관기관 : 중소기업\n○ 참여기관 : 대학, 연구기관",
            roles: [.sme: [.applicant], .university: [.participant], .researchInstitute: [.participant]],
            types: [.researchInstitute, .sme, .university]),
        Case(
            label: "… 은 신청 제외", text: "□ 지원대상 : 중소기업\n○ 대기업 및 중견기업은 신청 제외",
            roles: [.sme: [.applicant], .large: [.excluded], .midSized: [.excluded]], types: [.sme]),
        Case(
            label: "a 제외대상 heading", text: "□ 지원대상\n○ 중소기업\n□ 신청 제외 대상\n○ 대기업\n○ 국세 체납 중인 기업",
            roles: [.sme: [.applicant], .large: [.excluded]], types: [.sme]),
        Case(
            label: "a 제외대상 label", text: "○ 제외대상 : 대기업, 공공기관",
            roles: [.large: [.excluded], .publicInstitution: [.excluded]], types: []),
        Case(
            label: "참여 제한", text: "○ 지원대상 : 중소기업\n○ 휴·폐업 중인 기업 및 대기업은 참여 제한",
            roles: [.sme: [.applicant], .large: [.excluded]], types: [.sme]),
        Case(
            label: "~는 지원 불가, in an aside", text: "○ 지원대상 : 중소기업 (단, 대기업은 지원 불가)",
            roles: [.sme: [.applicant], .large: [.excluded]], types: [.sme]),
        Case(
            label: "an exclusion inside parentheses is about others",
            text: "○ 지원대상 : 중소기업(휴·폐업 중인 기업은 제외)", roles: [.sme: [.applicant]], types: [.sme]),
        Case(
            label: "수요기업(대기업) is a partner",
            text: "○ 지원대상 : 수요기업(대기업)과 컨소시엄을 구성한 중소기업",
            roles: [.large: [.partner], .sme: [.applicant]], types: [.sme]),
        Case(
            label: "수요처(대·중견기업, 공공기관 등) are partners",
            text: "1. 지원대상 : 수요처(대·중견기업, 공공기관 등)와 구매 또는 상생협력 협약을 체결한 중소기업",
            roles: [.large: [.partner], .midSized: [.partner], .publicInstitution: [.partner], .sme: [.applicant]],
            types: [.sme]),
        Case(
            label: "a lead when large, participants when small",
            text: "3. 신청자격\n※ 대기업이 주관연구개발기관인 경우 중소·중견기업이 공동연구개발기관으로 1개 이상 참여하여야 함",
            roles: [.large: [.applicant], .sme: [.participant], .midSized: [.participant]],
            types: [.large, .midSized, .sme]),
        Case(
            label: "evaluators are not applicants", text: "○ 평가위원 : 대학 교수, 연구기관 연구원 등 외부 전문가",
            roles: [.university: [.partner], .researchInstitute: [.partner]], types: []),
        Case(
            label: "단독 신청 불가 asks for a consortium, it excludes nobody; without a heading it names no applicant",
            text: "○ 중소기업 단독 신청 불가 (대학 또는 연구기관과 컨소시엄 필수)",
            roles: [.sme: [.mentioned], .university: [.mentioned], .researchInstitute: [.mentioned]],
            types: []),
        Case(
            label: "foreign institutes are partners",
            text: "3. 신청자격\n○ 국내 공동연구개발기관 : 기업, 대학, 연구기관\n○ 국내 컨소시엄과 협력국 해외 연구기관 간 공동연구 컨소시엄 구성 필수",
            roles: [.university: [.participant], .researchInstitute: [.participant, .partner]],
            types: [.researchInstitute, .university]),
        Case(
            label: "institutes lent to SMEs are partners",
            text: "- 파견 가능 기관 : 정부출연연구기관 및 전문생산기술연구소\n2. 지원대상 : 중소기업",
            roles: [.researchInstitute: [.partner, .partner], .sme: [.applicant]], types: [.sme]),
    ]

    @Test("roles", arguments: cases)
    func roles(_ testCase: Case) {
        let mentions = EligibilityText.mentions(in: testCase.text)
        let roles = Dictionary(grouping: mentions, by: \.type).mapValues { $0.map(\.role) }
        #expect(roles == testCase.roles, "\(mentions.map { "\($0.type) \($0.role)" })")
        #expect(EligibilityText.analyze(testCase.text).types == testCase.types)
    }

    @Test("participants count for less than applicants")
    func indirectConfidence() {
        let findings = EligibilityText.analyze("○ 지원대상 : 중소기업 (대기업은 참여기관으로만 참여 가능)").organizationTypes
        #expect(findings.first { $0.value == .large }?.confidence == EligibilityText.indirectConfidence)
        #expect(findings.first { $0.value == .sme }?.confidence == EligibilityText.statedConfidence)
    }
}
