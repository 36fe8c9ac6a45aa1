import Foundation
import Match
import Parse
import Testing

@Suite struct ProgramFeaturesTests {
    typealias Fixtures = ProgramFeaturesFixtures

    @Test func termsComeFromTitleBusinessNameFieldsAndKeywords() {
        let features = ProgramFeatures(
            program: Fixtures.program(
                title: "2027년도 양자암호통신 기술개발", businessName: "정보보호핵심원천기술개발", fields: ["사이버보안"],
                keywords: ["PQC"], body: "본 사업은 양자내성암호 전환을 지원합니다."))
        for term in ["양자암호통신", "암호", "정보보호", "사이버보안", "pqc"] {
            #expect(features.titleTerms.contains(term), "\(term)")
        }
        #expect(features.titleTerms == features.titleTerms.sorted())
        #expect(Set(features.titleTerms).count == features.titleTerms.count)
        #expect(features.bodyTerms.contains("양자내성암호"))
        #expect(features.bodyTerms == features.bodyTerms.sorted())
    }

    @Test func bodyTermsAreCapped() {
        let body = (0..<2_000).map { "용어\(String(UnicodeScalar(0xAC00 + $0)!))가" }.joined(separator: " ")
        let features = ProgramFeatures(program: Fixtures.program(title: "시험", body: body))
        #expect(features.bodyTerms.count == 300)
    }

    @Test func eligibilityIsCarriedWithConfidence() {
        var program = Fixtures.program(title: "부산 지역 해양 스타트업 지원")
        program.kind = .rndCall
        program.eligibility = Eligibility(
            organizationTypes: [
                Finding(.sme, phrase: "중소기업", confidence: 0.6), Finding(.sme, phrase: "중소기업만", confidence: 0.9),
                Finding(.startup, phrase: "창업기업", confidence: 0.8),
            ],
            consortiumRequired: Finding(true, phrase: "컨소시엄 필수", confidence: 0.9),
            regions: [
                Finding("부산광역시", phrase: "부산광역시 소재", confidence: 0.7), Finding("부산", phrase: "부산", confidence: 0.9),
                Finding("경남", phrase: "경남", confidence: 0.5),
            ])
        program.trl = 4...6
        let features = ProgramFeatures(program: program)
        #expect(features.kind == .rndCall)
        #expect(features.eligibleTypes == [EligibleType(.sme, 0.9), EligibleType(.startup, 0.8)])
        #expect(features.regions == ["부산", "경남"])
        #expect(features.regionConfidence == 0.9)
        #expect(features.consortiumRequired == true)
        #expect(features.trlMin == 4 && features.trlMax == 6)
    }

    @Test func unstatedEligibilityStaysUnknown() {
        let features = ProgramFeatures(program: Fixtures.program(title: "반도체 소자"))
        #expect(features.eligibleTypes.isEmpty && features.regions.isEmpty && features.regionConfidence == 0)
        #expect(features.consortiumRequired == nil && features.trlMin == nil && features.trlMax == nil)
    }

    @Test func preferredCertificationsNeedACueNearby() {
        let body = """
            □ 신청자격: 중소기업기본법 제2조에 따른 중소기업
            □ 가점: 이노비즈·메인비즈 인증기업 및 벤처기업확인기업은 1차 평가 시 가점 2점 부여
            □ 기업부설연구소 또는 연구개발전담부서 보유 필수
            □ 제출서류: 사업자등록증 사본, 여성기업 확인서 사본
            """
        let features = ProgramFeatures(program: Fixtures.program(title: "시험", body: body))
        #expect(features.preferredCertifications == ["벤처기업", "이노비즈", "메인비즈", "기업부설연구소", "연구전담부서"])
        let plain = "참여기업: 벤처기업, 이노비즈 기업 등 누구나 신청 가능\n문의: 사회적기업 지원센터"
        #expect(ProgramFeatures(program: Fixtures.program(title: "시험", body: plain)).preferredCertifications.isEmpty)
    }

    @Test func featuresRoundTripThroughJSON() throws {
        let features = ProgramFeatures(
            program: Fixtures.program(title: "치매 조기진단 의료기기", ministry: "보건복지부", body: "벤처기업 우대"))
        let decoded = try JSONDecoder().decode(ProgramFeatures.self, from: JSONEncoder().encode(features))
        #expect(decoded == features)
    }

    @Test func extractionIsDeterministic() {
        let program = Fixtures.program(
            title: "AI 완전자율운항선박 기술개발사업", ministry: "해양수산부", fields: ["조선·해양", "인공지능"],
            body: String(repeating: "자율운항 선박 해상 통신 인공지능 데이터 ", count: 30))
        #expect(ProgramFeatures(program: program) == ProgramFeatures(program: program))
    }
}
