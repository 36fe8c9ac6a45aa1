/// The technology and industry sectors programs and organizations are placed in. Codes are stored (program features,
/// organizations' excluded domains, match breakdowns): never rename one without a new algorithm version.
public enum Sector: String, Sendable, Hashable, Codable, CaseIterable {
    case ict
    case semiconductor
    case manufacturing
    case materials
    case mobility
    case aerospace
    case robotics
    case bioHealth = "bio_health"
    case energy
    case environment
    case agriFood = "agri_food"
    case marine
    case construction
    case defense
    case culture
    case safety
    case basicScience = "basic_science"
}

extension Sector {
    /// Positions in `allCases`: the rows and columns of the relevance table, the classifier's score slots, and the
    /// bits of the scorer's sector masks.
    private static let indexes: [Sector: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    static func index(_ sector: Sector) -> Int { indexes[sector]! }
    static func bit(_ sector: Sector) -> UInt32 { 1 << UInt32(index(sector)) }
}
