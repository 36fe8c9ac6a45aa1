import Match
import Parse
import Testing

@Suite struct SectorClassifierTests {
    typealias Fixtures = ProgramFeaturesFixtures

    /// The original classified this as bio-health through `암` inside `암호`.
    @Test func quantumCryptographyIsICTNotBio() {
        let sectors = Fixtures.sectors("양자암호통신 기술개발", ministry: "과학기술정보통신부")
        #expect(sectors.first == .ict)
        #expect(!sectors.contains(.bioHealth))
        #expect(Fixtures.sectors("양자암호통신 기술개발").first == .ict)
    }

    /// The original classified this as aerospace through `달` inside `달성군`.
    @Test func dalseongCountyIsManufacturingNotAerospace() {
        let sectors = Fixtures.sectors("달성군 스마트제조 지원", ministry: "중소벤처기업부")
        #expect(sectors.first == .manufacturing)
        #expect(!sectors.contains(.aerospace))
    }

    @Test func dementiaClinicalCallsAreBioHealth() {
        #expect(Fixtures.sectors("치매극복 임상연구 지원사업").first == .bioHealth)
        #expect(Fixtures.sectors("치매의료기술연구개발사업").first == .bioHealth)
        let sectors = Fixtures.sectors("2027년도 치매극복연구개발사업 임상연구 신규과제 공고", ministry: "보건복지부")
        #expect(sectors == [.bioHealth])
    }

    @Test func ballastWaterIsMarine() {
        let sectors = Fixtures.sectors(
            "선박평형수 처리기술 현장실증 지원사업 참여기관 모집", ministry: "해양수산부",
            announcingAgency: "해양수산과학기술진흥원")
        #expect(sectors.first == .marine)
        #expect(!sectors.contains(.ict))
        #expect(Fixtures.sectors("선박평형수 처리기술 현장실증").first == .marine)
    }

    @Test func titlesOutweighMinistryHints() {
        #expect(Fixtures.sectors("2027년도 제1차 로봇산업기술개발사업", ministry: "산업통상부").first == .robotics)
        #expect(Fixtures.sectors("반도체첨단산업기술개발", ministry: "산업통상자원부").first == .semiconductor)
        #expect(
            Fixtures.sectors("AI 완전자율운항선박 기술개발사업", ministry: "해양수산부", fields: ["조선·해양", "인공지능"])
                .prefix(2).sorted { $0.rawValue < $1.rawValue } == [.ict, .marine])
        #expect(Fixtures.sectors("2027년도 개인기초연구사업 신규과제 공모", ministry: "과학기술정보통신부").first == .basicScience)
    }

    @Test func ministryAloneHints() {
        #expect(Fixtures.sectors("2027년도 신규과제 공고", ministry: "해양수산부") == [.marine])
        #expect(Fixtures.sectors("2027년도 신규과제 공고", ministry: "과학기술정보통신부").first == .ict)
        #expect(Fixtures.sectors("2027년도 신규과제 공고", ministry: "중소벤처기업부").isEmpty)
        #expect(Fixtures.sectors("2027년도 신규과제 공고").isEmpty)
    }

    @Test func weightsAreOrderedAndBounded() {
        let features = ProgramFeatures(
            program: Fixtures.program(
                title: "AI 완전자율운항선박 기술개발사업", ministry: "해양수산부", announcingAgency: "해양수산과학기술진흥원",
                fields: ["조선·해양", "인공지능"]))
        #expect(!features.sectors.isEmpty && features.sectors.count <= 3)
        #expect(features.sectors.allSatisfy { (0...1).contains($0.weight) })
        #expect(features.sectors.map(\.weight) == features.sectors.map(\.weight).sorted(by: >))
    }

    @Test func bodyTipsButNeverOutweighsTheTitle() {
        let body = String(repeating: "해양 수산 선박 항만 어업 연안 ", count: 20)
        let sectors = ProgramFeatures(program: Fixtures.program(title: "반도체 소자 공정 기술개발", body: body)).sectors
        #expect(sectors.first?.sector == .semiconductor)
        let untitled = ProgramFeatures(program: Fixtures.program(title: "2027년도 신규과제 공고", body: body)).sectors
        #expect(untitled.first?.sector == .marine)
    }
}
