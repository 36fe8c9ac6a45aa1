import Foundation
import Match
import Parse
import Testing

/// Gates and components on hand-made features: what each rule does, independent of the taxonomy's word lists.
@Suite("Scoring: gates and components")
struct ScoringTests {
    static let asOf = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-22
    static let day = 86_400.0

    static func program(
        _ id: Int64 = 1, kind: ProgramKind = .rndCall, sectors: [SectorWeight] = [SectorWeight(.ict, 1)],
        terms: [String] = ["인공지능"], types: [EligibleType] = [], regions: [String] = [], regionConfidence: Double = 0,
        trl: ClosedRange<Int>? = nil, certifications: [String] = [], closesIn days: Double? = 20
    ) -> MatchProgram {
        MatchProgram(
            id: id, start: nil, end: days.map { asOf.addingTimeInterval($0 * day) }, openEnded: false,
            features: ProgramFeatures(
                kind: kind, sectors: sectors, titleTerms: terms, eligibleTypes: types, regions: regions,
                regionConfidence: regionConfidence, trlMin: trl?.lowerBound, trlMax: trl?.upperBound,
                preferredCertifications: certifications))
    }

    static func company(
        scale: CompanyScale? = .sme, sector: String? = "ict", keywords: [String] = ["인공지능"], regions: [String] = ["서울"],
        trl: ClosedRange<Int>? = 5...6, excluded: [String] = [], certifications: [String] = []
    ) -> Organization {
        var organization = Organization(id: 7, name: "테스트 기업", kind: .company)
        organization.scale = scale
        organization.industrySector = sector
        organization.keyTechnologies = keywords
        organization.locations = regions.map { OrganizationLocation(role: .headquarters, region: $0) }
        organization.trlTarget = trl
        organization.excludedDomains = excluded
        organization.certifications = certifications
        return organization
    }

    static func evaluate(_ organization: Organization, _ program: MatchProgram) -> MatchEvaluation {
        let prepared = PreparedOrganization(organization)
        let catalog = MatchCatalog(programs: [program], keywords: prepared.keywords, asOf: asOf)
        return catalog.explain(prepared, programID: program.id)!.evaluation
    }

    @Test func closedAndNonRnDCallsAreGatedForEveryone() {
        #expect(Self.evaluate(Self.company(), Self.program(closesIn: -0.01)) == .gated(.closed))
        #expect(Self.evaluate(Self.company(), Self.program(kind: .demandSurvey)) == .gated(.notRnDCall))
        #expect(Self.evaluate(Self.company(), Self.program(kind: .event)) == .gated(.notRnDCall))
        // Closing is an instant: one second before it the program is open.
        #expect(Self.evaluate(Self.company(), Self.program(closesIn: 1 / Self.day)).breakdown != nil)
    }

    @Test func confidentTypeReadingGatesUncertainOneOnlyLowers() {
        let universities = [EligibleType(.university, 0.95)]
        #expect(Self.evaluate(Self.company(), Self.program(types: universities)) == .gated(.typeNotEligible))
        let unsure = Self.evaluate(Self.company(), Self.program(types: [EligibleType(.university, 0.5)])).breakdown
        #expect(unsure != nil)
        #expect(unsure?.notes.contains(.eligibilityUncertain) == true)
        // A startup is an SME; an SME is not a startup.
        let smes = Self.program(types: [EligibleType(.sme, 1)])
        #expect(Self.evaluate(Self.company(scale: .startup), smes).breakdown?.scale == 10)
        let startups = Self.program(types: [EligibleType(.startup, 1)])
        #expect(Self.evaluate(Self.company(scale: .sme), startups) == .gated(.typeNotEligible))
        // Unknown scale never gates a company wording.
        let unknownScale = Self.evaluate(Self.company(scale: nil), startups).breakdown
        #expect(unknownScale?.notes.contains(.organizationScaleUnknown) == true)
        // Nothing stated: neutral, noted.
        #expect(Self.evaluate(Self.company(), Self.program()).breakdown?.notes.contains(.eligibilityUnstated) == true)
    }

    @Test func regionRestrictionGatesOnlyWhenStatedAndKnown() {
        let busan = Self.program(regions: ["부산"], regionConfidence: 0.9)
        #expect(Self.evaluate(Self.company(regions: ["서울"]), busan) == .gated(.regionNotEligible))
        #expect(Self.evaluate(Self.company(regions: ["부산"]), busan).breakdown != nil)
        let nowhere = Self.evaluate(Self.company(regions: []), busan).breakdown
        #expect(nowhere?.notes.contains(.organizationRegionUnknown) == true)
        let unsure = Self.evaluate(Self.company(regions: ["서울"]), Self.program(regions: ["부산"], regionConfidence: 0.4))
        #expect(unsure.breakdown?.notes.contains(.regionUncertain) == true)
    }

    @Test func trlRangeGatesOnlyWhenBothAreKnown() {
        #expect(Self.evaluate(Self.company(trl: 7...9), Self.program(trl: 2...4)) == .gated(.trlOutOfRange))
        #expect(Self.evaluate(Self.company(trl: 5...6), Self.program(trl: 4...7)).breakdown?.trl == 10)
        #expect(Self.evaluate(Self.company(trl: 6...8), Self.program(trl: 4...7)).breakdown?.trl == 8)
        let unknown = Self.evaluate(Self.company(trl: nil), Self.program(trl: 4...7)).breakdown
        #expect(unknown?.trl == 5 && unknown?.notes.contains(.trlUnknown) == true)
        #expect(Self.evaluate(Self.company(), Self.program(trl: nil)).breakdown?.trl == 5)
    }

    @Test func excludedDomainAndUnrelatedSectorGate() {
        let defense = Self.program(sectors: [SectorWeight(.defense, 1)], terms: ["무기체계"])
        #expect(Self.evaluate(Self.company(excluded: ["defense"]), defense) == .gated(.excludedDomain))
        // A program of a sector unrelated to the organization's, with no keyword in common, is not scored …
        let marine = Self.program(sectors: [SectorWeight(.marine, 1)], terms: ["선박평형수"])
        #expect(Self.evaluate(Self.company(), marine) == .gated(.unrelatedDomain))
        // … unless a keyword of the organization is among its title terms.
        let marineAI = Self.program(sectors: [SectorWeight(.marine, 1)], terms: ["선박평형수", "인공지능"])
        #expect(Self.evaluate(Self.company(), marineAI).breakdown != nil)
        // An organization or program of unknown sector is never unrelated.
        #expect(Self.evaluate(Self.company(sector: nil), marine).breakdown != nil)
        #expect(Self.evaluate(Self.company(), Self.program(sectors: [], terms: ["선박평형수"])).breakdown != nil)
    }

    @Test func componentsAddUpAndStayWithinTheirMaximum() {
        let best = Self.evaluate(
            Self.company(certifications: ["이노비즈"]),
            Self.program(
                types: [EligibleType(.sme, 1)], trl: 4...7, certifications: ["이노비즈"], closesIn: 3))
        let breakdown = try! #require(best.breakdown)
        #expect(breakdown.domain == 30 && breakdown.keywords == 12 && breakdown.scale == 10 && breakdown.trl == 10)
        #expect(breakdown.certification == 5 && breakdown.urgency == 10)
        #expect(breakdown.score == ScoreComponent.allCases.reduce(0) { $0 + breakdown.points($1) })
        for component in ScoreComponent.allCases { #expect(breakdown.points(component) <= component.maximum) }
        #expect(ScoreComponent.allCases.reduce(0) { $0 + $1.maximum } == 100)
    }

    @Test func urgencyIsBucketed() {
        let asOf = Self.asOf
        func bucket(_ days: Double?) -> UrgencyBucket {
            UrgencyBucket(end: days.map { asOf.addingTimeInterval($0 * Self.day) }, openEnded: false, asOf: asOf)
        }
        #expect(bucket(-1) == .closed && bucket(0) == .closed)
        #expect(bucket(3) == .withinWeek && bucket(6.99) == .withinWeek && bucket(7) == .withinMonth)
        #expect(bucket(45) == .withinTwoMonths && bucket(90) == .later && bucket(nil) == .unknown)
        #expect(UrgencyBucket(end: asOf, openEnded: true, asOf: asOf) == .unknown)
    }

    @Test func breakdownJSONRoundTrips() {
        let breakdown = MatchBreakdown(
            domain: 27, keywords: 19, trl: 5, scale: 7, track: 4, certification: 0, urgency: 8,
            notes: [.trlUnknown, .eligibilityUncertain])
        #expect(MatchBreakdown(json: breakdown.json) == breakdown)
        #expect(breakdown.json.hasPrefix("{\"d\":27,\"k\":19,"))
        #expect(breakdown.confidencePercent == 80)
        #expect(MatchBreakdown(json: "not json") == nil)
    }

    @Test func rankingIsDeterministicAndTiesGoToTheLowerProgramID() {
        let programs = (1...30).map { Self.program(Int64(31 - $0), closesIn: Double($0 % 3) * 20 + 1) }
        let prepared = PreparedOrganization(Self.company())
        let catalog = MatchCatalog(programs: programs, keywords: prepared.keywords, asOf: Self.asOf)
        var scratch = catalog.makeScratch()
        let first = catalog.topMatches(for: prepared, limit: 10, minimumScore: 0, scratch: &scratch)
        let again = catalog.topMatches(for: prepared, limit: 10, minimumScore: 0, scratch: &scratch)
        #expect(first == again && first.count == 10)
        for (a, b) in zip(first, first.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.programID < b.programID))
        }
        // The top 10 of all 30 by the same order, computed by sorting everything.
        let all = catalog.topMatches(for: prepared, limit: 100, minimumScore: 0, scratch: &scratch)
        #expect(Array(all.prefix(10)) == first)
    }
}
