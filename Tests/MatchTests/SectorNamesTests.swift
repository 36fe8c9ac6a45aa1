import Match
import Testing

@Suite struct SectorNamesTests {
    @Test(arguments: [
        ("ICT", Sector.ict), ("정보통신업", .ict), ("SW/클라우드", .ict), ("소프트웨어", .ict), ("it", .ict),
        ("바이오헬스", .bioHealth), ("bio_health", .bioHealth), ("BIO_HEALTH", .bioHealth), ("Bio Health", .bioHealth),
        ("바이오·헬스", .bioHealth), ("의료기기", .bioHealth), ("국방", .defense), ("defense", .defense),
        ("해양수산", .marine), ("수산업", .marine), ("제조(기계)", .manufacturing), ("제조업", .manufacturing),
        ("반도체", .semiconductor), ("agri_food", .agriFood), ("농식품", .agriFood), ("우주항공", .aerospace),
        ("로봇", .robotics), ("에너지", .energy), ("환경", .environment), ("건설", .construction),
        ("문화콘텐츠", .culture), ("재난안전", .safety), ("basic_science", .basicScience), ("기초과학", .basicScience),
        ("전자부품, 컴퓨터, 영상, 음향 및 통신장비 제조업", .semiconductor), ("응용 소프트웨어 개발 및 공급업", .ict),
        ("스마트 양식장 운영", .marine),
    ])
    func namesAndCodes(text: String, sector: Sector) {
        #expect(Sector.named(text) == sector)
    }

    @Test func unknownTextNamesNoSector() {
        #expect(Sector.named("") == nil)
        #expect(Sector.named("기타") == nil)
        #expect(Sector.named("주식회사") == nil)
    }

    @Test func everyCodeAndKoreanNameNamesItsSector() {
        for sector in Sector.allCases {
            #expect(Sector.named(sector.rawValue) == sector)
            #expect(Sector.named(sector.koreanName) == sector, "\(sector.koreanName)")
        }
    }

    @Test func relevanceIsOneForTheSameSectorAndWithinBounds() {
        for organization in Sector.allCases {
            #expect(organization.relevance(toProgramIn: organization) == 1)
            for program in Sector.allCases {
                #expect((0...1).contains(organization.relevance(toProgramIn: program)))
                if program != organization { #expect(organization.relevance(toProgramIn: program) < 1) }
            }
        }
    }

    /// The pairs the original matcher got wrong are not "related" (below 0.5).
    @Test func originalMismatchesAreUnrelated() {
        #expect(Sector.ict.relevance(toProgramIn: .bioHealth) < 0.5)
        #expect(Sector.ict.relevance(toProgramIn: .marine) < 0.5)
        #expect(Sector.ict.relevance(toProgramIn: .defense) < 0.5)
        #expect(Sector.ict.relevance(toProgramIn: .semiconductor) >= 0.5)
        #expect(Sector.energy.relevance(toProgramIn: .environment) >= 0.5)
    }
}
