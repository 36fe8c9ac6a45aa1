import Parse
import Testing

/// Organization types read from 지원대상/신청자격 wording modelled on real 공고, and the confidence of each.
struct EligibilityTextOrganizationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let types: [OrganizationType]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "law names in 「」 are not applicants", text: "2. 지원대상 : 「중소기업기본법」 제2조에 따른 중소기업",
            types: [.sme]),
        Case(
            label: "a list under a numbered heading",
            text: "2. 지원대상\n○ 중소기업, 중견기업, 대학, 정부출연연구기관 등\n※ 산·학·연 컨소시엄 구성 필수",
            types: [.midSized, .researchInstitute, .sme, .university]),
        Case(
            label: "both laws, all three company scales",
            text: "○ 주관연구개발기관 : 「중소기업기본법」 제2조에 따른 중소기업, 「중견기업 성장촉진 및 경쟁력 강화에 관한 특별법」 제2조에 따른 중견기업 및 대기업",
            types: [.large, .midSized, .sme]),
        Case(label: "대·중견기업 is large and mid-sized", text: "○ 지원대상 : 대·중견기업", types: [.large, .midSized]),
        Case(
            label: "중소·중견기업 is SME and mid-sized", text: "□ 조사대상: 해양수산 분야 중소·중견기업, 대학, 연구기관 등",
            types: [.midSized, .researchInstitute, .sme, .university]),
        Case(label: "소상공인 are the smallest SMEs", text: "○ 지원대상 : 「소상공인기본법」 제2조에 따른 소상공인", types: [.sme]),
        Case(label: "창업 7년 이내 makes a startup", text: "○ 지원대상 : 창업 7년 이내 중소기업", types: [.sme, .startup]),
        Case(
            label: "창업 후 7년 이하 with a generic 기업", text: "○ 신청자격 : 공고일 기준 창업 후 7년 이하인 기업",
            types: [.startup]),
        Case(
            label: "예비창업자 and 창업 3년 미만", text: "○ 지원대상 : 예비창업자 및 창업 3년 미만 창업기업", types: [.startup]),
        Case(label: "창업벤처 is a startup", text: "□ 지원대상 : 창업벤처 중소기업", types: [.sme, .startup]),
        Case(
            label: "벤처기업 is an SME, not a startup (a certification, any age)",
            text: "○ 지원대상 : 「벤처기업육성에 관한 특별법」에 따른 벤처기업 확인을 받은 기업", types: [.sme]),
        Case(label: "창업·벤처기업", text: "□ 지원대상: 해양수산 분야 중소기업(창업·벤처기업)", types: [.sme, .startup]),
        Case(label: "산학협력단 is a university", text: "○ 지원대상 : 국내 4년제 대학 산학협력단", types: [.university]),
        Case(
            label: "institutes by their suffix", text: "○ 신청자격 : 정부출연연구기관, 특정연구기관, 전문생산기술연구소",
            types: [.researchInstitute]),
        Case(
            label: "기업부설연구소 is the company's own lab, not an institute",
            text: "2. 지원대상 : 기업부설연구소 또는 연구개발전담부서를 보유한 중소기업", types: [.sme]),
        Case(label: "public bodies", text: "○ 지원대상 : 지방자치단체 및 공공기관", types: [.publicInstitution]),
        Case(
            label: "출연(연) written with parentheses", text: "○ 신청자격 : 출연(연), 대학",
            types: [.researchInstitute, .university]),
        Case(label: "누구나 restricts nothing", text: "○ 참여자격 : 개인, 기업, 대학, 연구기관 누구나 신청 가능", types: []),
        Case(label: "제한 없음 restricts nothing", text: "○ 제출자격 : 제한 없음 (국민 누구나 제출 가능)", types: []),
        Case(
            label: "a (지원대상) label opens the clause", text: "○ (지원대상) 창업 7년 이내 중소기업",
            types: [.sme, .startup]),
        Case(
            label: "numbered items under a heading are not headings",
            text: "□ 신청자격\n1. 「중소기업기본법」에 따른 중소기업\n2. 중견기업\n□ 지원규모",
            types: [.midSized, .sme]),
        Case(label: "자격 제한 없음", text: "○ 신청자격 : 제한 없음", types: []),
        Case(
            label: "업종 제한 없음 still restricts to SMEs", text: "○ 지원대상 : 중소기업 (업종 제한 없음)", types: [.sme]),
        Case(label: "중소기업이면 누구나 is any SME", text: "○ 지원대상 : 중소기업이면 누구나 신청 가능", types: [.sme]),
        Case(label: "산·학·연 ... 누구나", text: "2. 제출대상\n○ 산·학·연 연구자 및 일반 국민 누구나", types: []),
        Case(label: "a site menu is no finding", text: "과제참여·관리\n연구자·연구기관\n연구개발성과", types: []),
        Case(
            label: "agency names and call centres are not SMEs",
            text: "○ 문의처 : 중소기업기술정보진흥원 기술협력실 / 중소기업 통합콜센터 (국번없이 1357)", types: []),
        Case(label: "중소기업 R&D is a compound", text: "2026년 중소기업 R&D 우수성과 50선 모집 공고", types: []),
        Case(label: "no raw substring: 양자암호통신 has no 암", text: "○ 지원분야 : 양자암호통신, 달성군 실증", types: []),
        Case(
            label: "NTIS table cells: heading then value",
            text: "공모유형\n자유공모\n신청자격\n중소기업\n문의처\n국토교통과학기술진흥원 기술사업화팀", types: [.sme]),
        Case(
            label: "4년제 대학 (대학원 포함)", text: "□ 지원대상\n- 「고등교육법」 제2조에 따른 4년제 대학 (대학원 포함)",
            types: [.university]),
    ]

    @Test("types", arguments: cases)
    func types(_ testCase: Case) {
        #expect(EligibilityText.analyze(testCase.text).types == testCase.types, "\(testCase.text)")
    }

    struct ConfidenceCase: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let expected: [OrganizationType: Double]
        var testDescription: String { label }
    }

    static let confidenceCases: [ConfidenceCase] = [
        ConfidenceCase(
            label: "stated under 지원대상 (1.0); a type named in the purpose is no finding",
            text: "1. 사업목적\n○ 중소기업의 기술경쟁력 강화를 지원\n2. 지원대상\n○ 대학, 연구기관",
            expected: [.university: 1.0, .researchInstitute: 1.0]),
        ConfidenceCase(
            label: "주관기관 applies (1.0), 참여기관 takes part (0.8)",
            text: "□ 지원대상\n○ 주관기관 : 중소기업\n○ 참여기관 : 대학, 연구기관 (1개 이상)",
            expected: [.sme: 1.0, .university: 0.8, .researchInstitute: 0.8]),
        ConfidenceCase(
            label: "a 주관기관 label counts without a heading", text: "주관기관 : 중소기업, 중견기업",
            expected: [.sme: 1.0, .midSized: 1.0]),
        ConfidenceCase(
            label: "산학연 names consortium members (0.8 at most)", text: "2. 신청자격\n○ 산학연 공동으로 신청",
            expected: [.university: 0.8, .researchInstitute: 0.8]),
        ConfidenceCase(
            label: "members of a consortium are participants",
            text: "3. 신청자격\n○ 주관연구개발기관 : 중소기업\n○ 기업·대학·연구기관으로 구성된 컨소시엄 구성 필수",
            expected: [.sme: 1.0, .university: 0.8, .researchInstitute: 0.8]),
        ConfidenceCase(
            label: "지원대상과제 lists projects, not applicants",
            text: "3. 신규지원 대상과제\n○ 중소기업의 AI 도입을 위한 공정 최적화 기술 개발 지원", expected: [:]),
        ConfidenceCase(
            label: "the most certain finding per type wins",
            text: "중소기업의 R&D 역량 강화를 지원합니다.\n□ 신청자격 : 중소기업", expected: [.sme: 1.0]),
    ]

    @Test("confidence", arguments: confidenceCases)
    func confidence(_ testCase: ConfidenceCase) {
        let findings = EligibilityText.analyze(testCase.text).organizationTypes
        let found = Dictionary(findings.map { ($0.value, $0.confidence) }, uniquingKeysWith: max)
        #expect(found == testCase.expected, "\(findings)")
    }

    @Test("a finding carries the clause it came from, as written")
    func phrase() {
        let findings = EligibilityText.analyze("1. 개요\n2. 지원대상\n  ○ 중소기업,   중견기업 등\n3. 문의처").organizationTypes
        #expect(findings.map(\.phrase) == ["○ 중소기업, 중견기업 등", "○ 중소기업, 중견기업 등"])
    }

    @Test("a text known to be the eligibility section needs no heading")
    func eligibilitySectionScope() {
        let findings = EligibilityText.analyze("중소기업, 중견기업", scope: .eligibilitySection).organizationTypes
        #expect(findings.map(\.value) == [.midSized, .sme])
        #expect(findings.allSatisfy { $0.confidence == EligibilityText.statedConfidence })
        #expect(EligibilityText.analyze("중소기업, 중견기업").organizationTypes.isEmpty)
    }
}
