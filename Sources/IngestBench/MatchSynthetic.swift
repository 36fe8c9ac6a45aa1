import Foundation
import Match
import Parse

/// Deterministic synthetic programs and organizations for the matcher benchmark: the same seed gives the same
/// rows on every machine. Terms are three-syllable pseudo-words, forty per sector, so keyword hits behave like real
/// ones (most within a sector, a few across) without depending on any real word list.
struct MatchSynthetic {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let syllables = Array("가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초").map(String.init)

    /// The sector's `index`-th term.
    static func term(_ sector: Int, _ index: Int) -> String {
        let count = syllables.count
        let code = sector * 40 + index
        return syllables[code % count] + syllables[(code / count) % count] + syllables[(sector * 7 + index) % count]
    }

    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
    mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }

    /// The next program's features and how many days after the as-of it closes.
    mutating func program() -> (features: ProgramFeatures, closesInDays: Int) {
        let sectors = Sector.allCases
        let primary = int(0..<sectors.count)
        var weights = [SectorWeight(sectors[primary], 1)]
        if chance(40) { weights.append(SectorWeight(sectors[int(0..<sectors.count)], 0.6)) }
        var title = Set((0..<4).map { _ in Self.term(primary, int(0..<40)) })
        if chance(30) { title.insert(Self.term(int(0..<sectors.count), int(0..<40))) }
        let body = Set((0..<30).map { _ in Self.term(chance(70) ? primary : int(0..<sectors.count), int(0..<40)) })
        var types: [EligibleType] = []
        switch int(0..<10) {
        case 0..<3: types = [EligibleType(.sme, 1)]
        case 3: types = [EligibleType(.university, 0.9), EligibleType(.researchInstitute, 0.9)]
        case 4: types = [EligibleType(.startup, 0.6)]
        default: break
        }
        let restricted = chance(5)
        let trl = chance(20) ? int(1..<7) : nil
        return (
            ProgramFeatures(
                kind: .rndCall, sectors: weights, titleTerms: title.sorted(), bodyTerms: body.sorted(),
                eligibleTypes: types, regions: restricted ? [KoreanRegions.canonical[int(0..<17)]] : [],
                regionConfidence: restricted ? 0.9 : 0, trlMin: trl, trlMax: trl.map { $0 + 2 },
                preferredCertifications: chance(20) ? ["이노비즈"] : []),
            int(1..<120)
        )
    }

    mutating func organization(_ number: Int) -> Organization {
        let kinds: [OrganizationKind] = [
            .company, .company, .company, .company, .company, .company, .company, .company,
            .university, .researchInstitute,
        ]
        var organization = Organization(name: "합성기관 \(number)", kind: kinds[int(0..<kinds.count)])
        if organization.kind == .company { organization.scale = CompanyScale.allCases[int(0..<4)] }
        let sector = int(0..<Sector.allCases.count)
        if chance(90) { organization.industrySector = Sector.allCases[sector].rawValue }
        organization.keyTechnologies = (0..<int(3..<9)).map { _ in
            Self.term(chance(85) ? sector : int(0..<Sector.allCases.count), int(0..<40))
        }
        organization.locations = [
            OrganizationLocation(role: .headquarters, region: KoreanRegions.canonical[int(0..<17)])
        ]
        if chance(60) {
            let low = int(2..<8)
            organization.trlTarget = low...min(9, low + 2)
        }
        if chance(30) { organization.certifications = ["이노비즈"] }
        organization.rndExperience = RnDExperience(projects: int(0..<8), collaborations: int(0..<4))
        return organization
    }
}

/// Steele, Lea and Flood's SplitMix64: small, fast, and the same everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
