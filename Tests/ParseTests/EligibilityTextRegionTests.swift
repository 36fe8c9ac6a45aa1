import Parse
import Testing

/// Regions applicants must be in, told apart from venues, addresses and place names inside other words.
struct EligibilityTextRegionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let regions: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "부산 소재 기업", text: "○ 지원대상 : 부산 소재 중소기업", regions: ["부산"]),
        Case(label: "경남지역 중소기업", text: "○ 신청자격 : 경남지역 중소기업", regions: ["경남"]),
        Case(
            label: "a long form: 제주특별자치도 소재", text: "○ 지원대상 : 제주특별자치도 소재 기업(본사 또는 공장)",
            regions: ["제주"]),
        Case(
            label: "several regions joined by ·", text: "○ 지원대상 : 부산·울산·경남 지역 중소기업",
            regions: ["부산", "울산", "경남"]),
        Case(
            label: "new names: 강원특별자치도, 전북특별자치도", text: "○ 지원대상 : 강원특별자치도 및 전북특별자치도 소재 기업",
            regions: ["강원", "전북"]),
        Case(label: "old names: 경상남도, 전라북도", text: "○ 신청자격 : 경상남도 또는 전라북도 소재 중소기업", regions: ["전북", "경남"]),
        Case(label: "경기도 광주시 is 경기, not 광주", text: "○ 신청자격 : 경기도 광주시 소재 중소기업", regions: ["경기"]),
        Case(label: "광주 itself", text: "○ 지원대상 : 광주광역시에 본사를 둔 중소기업", regions: ["광주"]),
        Case(label: "a district after the city", text: "○ 신청자격 : 대구 달성군 소재 기업", regions: ["대구"]),
        Case(label: "달성군 alone names no region", text: "○ 지원대상 : 달성군 소재 기업", regions: []),
        // The organization word after the place carries a particle: still an organization word.
        Case(label: "경남 중소기업이 (particle)", text: "□ 지원대상\n○ 경남 중소기업이 주관하여 신청", regions: ["경남"]),
        Case(label: "부산지역 기업은 (particle)", text: "부산지역 기업은 누구나 신청 가능합니다", regions: ["부산"]),
        Case(
            label: "수도권 외", text: "○ 지원대상 : 본사 또는 주사무소가 수도권 외 지역에 소재한 중소기업",
            regions: KoreanRegions.outsideCapitalArea),
        Case(label: "비수도권", text: "□ 신청자격 : 비수도권 소재 중소기업", regions: KoreanRegions.outsideCapitalArea),
        Case(label: "(세종) in a title", text: "2026년 지역특화산업육성+(R&D)(세종) 신규지원 대상과제 공고", regions: ["세종"]),
        Case(
            label: "(제주) beats the 지역혁신 hint", text: "지역특화산업육성+(R&D)(제주) 신규지원 대상과제 공고\n지역혁신 선도기업 지원",
            regions: ["제주"]),
        Case(
            label: "a group in parentheses", text: "○ 신청자격 : 충청권(대전·세종·충북·충남) 소재 기업",
            regions: ["대전", "세종", "충북", "충남"]),
        Case(label: "under a heading, region then company", text: "□ 지원대상\n○ 경북 중소기업", regions: ["경북"]),
        Case(label: "a venue is no restriction", text: "○ 장소 : 서울 코엑스 3층 컨퍼런스룸", regions: []),
        Case(label: "개최 in the sentence", text: "2026 R&D 설명회를 서울 코엑스에서 개최합니다", regions: []),
        Case(label: "a venue even with 소재", text: "○ 부산 소재 벡스코에서 설명회 개최 예정", regions: []),
        Case(
            label: "a footer address", text: "(41069) 대구광역시 동구 첨단로8길 32 한국산업기술기획평가원 대표전화 053-718-8114",
            regions: []),
        Case(label: "an address label", text: "본원: (우 30141) 세종특별자치시 집현중앙로 79", regions: []),
        Case(label: "광주 inside a name", text: "○ 광주과학기술원(GIST)과 공동연구 가능", regions: []),
        Case(label: "대구 inside a name", text: "○ 참여기관 : 대구경북과학기술원, 울산과학기술원", regions: []),
        Case(label: "a place that is excluded", text: "○ 서울 소재 기업은 신청 제외", regions: []),
        Case(label: "a place named for its economy", text: "○ 사업목적 : 대전 지역 경제 활성화", regions: []),
        Case(label: "전국 restricts nothing", text: "○ 지원대상 : 전국 중소기업", regions: []),
        Case(label: "no raw substring", text: "○ 지원분야 : 양자암호통신, 부산물 재활용", regions: []),
    ]

    @Test("regions", arguments: cases)
    func regions(_ testCase: Case) {
        let found = EligibilityText.analyze(testCase.text).regions
        #expect(found.map(\.value) == testCase.regions, "\(found)")
    }

    @Test("지역혁신 alone hints at the regions outside 수도권, weakly")
    func regionalInnovationHint() {
        let found = EligibilityText.analyze("2026년 지역혁신선도기업육성(R&D) 신규지원 대상과제 공고").regions
        #expect(found.map(\.value) == KoreanRegions.outsideCapitalArea)
        #expect(found.allSatisfy { $0.confidence == EligibilityText.mentionedConfidence })
    }

    @Test("stated under a heading counts fully, with its phrase")
    func confidenceAndPhrase() {
        let stated = EligibilityText.analyze("2. 지원대상\n○ 부산 소재 중소기업").regions
        #expect(stated == [Finding("부산", phrase: "○ 부산 소재 중소기업", confidence: EligibilityText.statedConfidence)])
        let elsewhere = EligibilityText.analyze("부산 소재 중소기업의 기술개발을 지원합니다").regions
        #expect(elsewhere.map(\.confidence) == [EligibilityText.indirectConfidence])
    }

    struct NameCase: CustomTestStringConvertible, Sendable {
        let word: String
        let name: String?
        var testDescription: String { word }
    }

    static let names: [NameCase] = [
        NameCase(word: "부산광역시", name: "부산"), NameCase(word: "경상남도", name: "경남"),
        NameCase(word: "강원특별자치도", name: "강원"), NameCase(word: "강원도", name: "강원"),
        NameCase(word: "전북특별자치도", name: "전북"), NameCase(word: "전라북도", name: "전북"),
        NameCase(word: "제주특별자치도", name: "제주"), NameCase(word: "세종특별자치시", name: "세종"),
        NameCase(word: "충청남도", name: "충남"), NameCase(word: "서울특별시", name: "서울"), NameCase(word: "경북", name: "경북"),
        NameCase(word: "광주시", name: nil), NameCase(word: "달성군", name: nil), NameCase(word: "광주과학기술원", name: nil),
        NameCase(word: "수도권", name: nil),
    ]

    @Test("KoreanRegions.canonicalName", arguments: names)
    func canonicalName(_ testCase: NameCase) {
        #expect(KoreanRegions.canonicalName(testCase.word) == testCase.name)
    }

    @Test("the canonical list and the capital area")
    func lists() {
        #expect(KoreanRegions.canonical.count == 17)
        #expect(KoreanRegions.outsideCapitalArea.count == 14)
        #expect(!KoreanRegions.outsideCapitalArea.contains { KoreanRegions.capitalArea.contains($0) })
        #expect(KoreanRegions.group("부울경") == ["부산", "울산", "경남"])
    }
}
