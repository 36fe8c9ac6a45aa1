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
