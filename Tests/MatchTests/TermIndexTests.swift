import Match
import Testing

@Suite struct TermIndexTests {
    /// The terms of the given program texts, as a match run would collect them.
    static func index(_ texts: [String]) -> TermIndex {
        TermIndex(vocabulary: Array(Set(texts.flatMap(KoreanTerms.terms(in:)))).sorted())
    }

    static func matched(_ keyword: String, in index: TermIndex) -> Set<String> {
        Set(index.matches(keyword).map { index.vocabulary[Int($0)] })
    }

    @Test func oneSyllableKeywordsMatchOnlyTheSameWord() {
        let index = Self.index(["양자암호통신 기술개발", "달성군 스마트제조 지원", "암 환자 치료", "달 탐사"])
        #expect(Self.matched("암", in: index) == ["암"])
        #expect(Self.matched("달", in: index) == ["달"])
        let withoutWords = Self.index(["양자암호통신 기술개발", "달성군 스마트제조 지원", "이어달리기"])
        #expect(withoutWords.matches("암").isEmpty)
        #expect(withoutWords.matches("달").isEmpty)
    }

    @Test func compoundsMatchTheirParts() {
        let index = Self.index(["양자암호통신 기술개발", "AI 기반 영상분석기 개발", "스마트양식장 실증"])
        #expect(Self.matched("양자암호", in: index).contains("양자암호통신"))
        #expect(Self.matched("통신", in: index).contains("양자암호통신"))
        #expect(Self.matched("영상분석", in: index).contains("영상분석기"))
        #expect(Self.matched("스마트양식장", in: index).contains("양식장"))
        #expect(!Self.matched("스마트팩토리", in: index).contains("스마트"))
        #expect(!Self.matched("자암", in: index).contains("양자암호통신"))
    }

    @Test func similarityNeedsThreeSyllablesAndTheThreshold() {
        let index = TermIndex(vocabulary: ["영상분석기술", "스마트폰", "양자컴퓨팅", "자율주행차"])
        #expect(Self.matched("영상분석", in: index) == ["영상분석기술"])
        #expect(Self.matched("스마트팜", in: index).isEmpty)
        #expect(Self.matched("양자암호", in: index).isEmpty)
        #expect(Self.matched("자율주행", in: index) == ["자율주행차"])
    }

    @Test func phrasesMatchWordByWordAndJoined() {
        let index = Self.index(["인공지능 영상분석 플랫폼", "데이터분석 서비스", "빅데이터 분석 기술"])
        let phrase = Self.matched("AI 기반 영상분석", in: index)
        #expect(phrase.contains("인공지능") && phrase.contains("영상분석"))
        #expect(Self.matched("데이터 분석", in: index).contains("데이터분석"))
        #expect(!Self.matched("데이터 분석", in: index).contains("분석"))
    }

    @Test func resultsAreAscendingAndUnique() {
        let index = Self.index(["통신 정보통신 이동통신 양자암호통신 위성통신"])
        let ids = index.matches("통신")
        #expect(ids == Array(Set(ids)).sorted())
        #expect(ids.count == 5)
    }

    /// The original's failure: a dementia clinical call matched an ICT SaaS company through substrings.
    @Test func dementiaCallSharesNothingWithSaaSKeywords() {
        let program = ProgramFeaturesFixtures.program(
            title: "2027년도 치매극복연구개발사업 임상연구 신규과제 공고", ministry: "보건복지부",
            businessName: "치매의료기술연구개발사업")
        let features = ProgramFeatures(program: program)
        let index = TermIndex(vocabulary: features.titleTerms)
        for keyword in ["클라우드", "SaaS", "인공지능", "데이터 분석", "B2B 소프트웨어", "협업툴", "기술개발"] {
            #expect(index.matches(keyword).isEmpty, "\(keyword)")
        }
    }

    @Test func ballastWaterCallSharesNothingWithICTKeywords() {
        let program = ProgramFeaturesFixtures.program(
            title: "선박평형수 처리기술 현장실증 지원사업 참여기관 모집", ministry: "해양수산부",
            announcingAgency: "해양수산과학기술진흥원")
        let index = TermIndex(vocabulary: ProgramFeatures(program: program).titleTerms)
        for keyword in ["클라우드", "SaaS", "인공지능", "데이터 분석", "웹 서비스", "모바일 앱", "CRM"] {
            #expect(index.matches(keyword).isEmpty, "\(keyword)")
        }
    }
}
