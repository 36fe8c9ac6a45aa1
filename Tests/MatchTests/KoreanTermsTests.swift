import Match
import Testing

@Suite struct KoreanTermsTests {
    @Test func compoundsSplitIntoDictionaryParts() {
        let terms = KoreanTerms.terms(in: "양자암호통신 기술개발")
        #expect(Set(terms) == ["양자암호통신", "양자", "암호", "통신"])
    }

    @Test func oneSyllableWordsNeverComeOutOfLongerWords() {
        #expect(!KoreanTerms.terms(in: "양자암호통신 기술개발").contains("암"))
        #expect(!KoreanTerms.terms(in: "달성군 스마트제조 지원").contains("달"))
        #expect(!KoreanTerms.terms(in: "글로벌선도기술개발(이어달리기)").contains("달"))
        #expect(KoreanTerms.terms(in: "암 환자 맞춤형 치료").contains("암"))
        #expect(KoreanTerms.terms(in: "달 탐사 궤도선").contains("달"))
    }

    @Test func particlesAreStrippedWithoutDamagingStems() {
        #expect(KoreanTerms.terms(in: "치매의 조기진단을 위한").contains("치매"))
        #expect(KoreanTerms.terms(in: "달성군에서 추진하는").contains("달성군"))
        #expect(KoreanTerms.terms(in: "암을 극복하는").contains("암"))
        #expect(KoreanTerms.terms(in: "차세대 디스플레이").contains("디스플레이"))
        #expect(KoreanTerms.terms(in: "어촌마을 활성화").contains("어촌마을"))
        #expect(KoreanTerms.terms(in: "클라우드를 활용한 서비스는").contains("클라우드"))
    }

    @Test func genericWordsAreDropped() {
        let terms = KoreanTerms.terms(in: "2027년도 신규과제 공고 기술개발 연구개발사업 지원 시스템 구축 기반")
        #expect(terms.isEmpty, "\(terms)")
        #expect(KoreanTerms.terms(in: "치매극복연구개발사업").first == "치매극복")
        #expect(KoreanTerms.terms(in: "영상분석기술").first == "영상분석")
    }

    @Test func latinIsLowercasedAndKept() {
        let terms = KoreanTerms.terms(in: "AI 기반 IoT·SaaS 플랫폼, 5G/6G이동통신 R&D")
        for term in ["ai", "iot", "saas", "5g", "6g", "이동통신", "통신"] { #expect(terms.contains(term), "\(term)") }
        #expect(!terms.contains("r") && !terms.contains("d"))
    }

    @Test func riskyStemsAreReadInContext() {
        #expect(!KoreanTerms.terms(in: "조선대학교 산학협력단").contains("조선"))
        #expect(KoreanTerms.terms(in: "조선해양 기자재").contains("조선"))
        #expect(!KoreanTerms.terms(in: "신청서 양식을 작성하여 제출").contains("양식"))
        #expect(!KoreanTerms.terms(in: "붙임 서식 양식 참조").contains("양식"))
        #expect(KoreanTerms.terms(in: "스마트양식장 자동화").contains("양식장"))
        #expect(KoreanTerms.terms(in: "육상 양식 어가").contains("양식"))
        #expect(!KoreanTerms.terms(in: "과제당 약 5억원").contains("약"))
        #expect(!KoreanTerms.terms(in: "해양수산부 공고").contains("해양"))
    }

    @Test func termsAreUniqueInOrderOfFirstAppearance() {
        #expect(KoreanTerms.terms(in: "반도체 소자, 반도체 소자") == ["반도체", "소자"])
    }
}
