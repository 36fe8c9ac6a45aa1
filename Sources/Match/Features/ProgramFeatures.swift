import Parse

/// What the matcher needs of a program, computed once when the program is stored (`programs.features`), so a match
/// run reads a few hundred bytes per program instead of re-reading titles and bodies. Stored as JSON with short
/// keys; `version` says which extraction wrote it (a run recomputes features of an older version).
public struct ProgramFeatures: Sendable, Hashable, Codable {
    /// Bumped whenever extraction changes what it writes for the same program.
    public static let currentVersion = 1

    public var version: Int
    public var kind: ProgramKind
    /// Sectors the program belongs to, strongest first, weights in 0...1 (the first is the primary sector). Empty
    /// when nothing places it: unknown, not a mismatch.
    public var sectors: [SectorWeight]
    /// Normalized terms of the title, business name, keywords and fields: strong evidence for keyword fit.
    public var titleTerms: [String]
    /// Normalized terms of the body (capped): weaker evidence.
    public var bodyTerms: [String]
    /// Who may apply, as the eligibility reader found it, with its confidence.
    public var eligibleTypes: [EligibleType]
    /// Regions an applicant must be in, empty when the call is nationwide or says nothing.
    public var regions: [String]
    /// How sure the region restriction is (0 when there is none).
    public var regionConfidence: Double
    public var consortiumRequired: Bool?
    /// Only when the call states it.
    public var trlMin: Int?
    public var trlMax: Int?
    /// Certifications the call gives extra points for (가점) or requires, in the organizations' vocabulary
    /// (`벤처기업`, `이노비즈`, `메인비즈`, `기업부설연구소`).
    public var preferredCertifications: [String]

    public init(
        version: Int = ProgramFeatures.currentVersion, kind: ProgramKind, sectors: [SectorWeight] = [],
        titleTerms: [String] = [], bodyTerms: [String] = [], eligibleTypes: [EligibleType] = [],
        regions: [String] = [], regionConfidence: Double = 0, consortiumRequired: Bool? = nil, trlMin: Int? = nil,
        trlMax: Int? = nil, preferredCertifications: [String] = []
    ) {
        self.version = version
        self.kind = kind
        self.sectors = sectors
        self.titleTerms = titleTerms
        self.bodyTerms = bodyTerms
        self.eligibleTypes = eligibleTypes
        self.regions = regions
        self.regionConfidence = regionConfidence
        self.consortiumRequired = consortiumRequired
        self.trlMin = trlMin
        self.trlMax = trlMax
        self.preferredCertifications = preferredCertifications
    }

    public var primarySector: Sector? { sectors.first?.sector }

    enum CodingKeys: String, CodingKey {
        case version = "v", kind = "k", sectors = "s", titleTerms = "tt", bodyTerms = "bt", eligibleTypes = "et"
        case regions = "r", regionConfidence = "rc", consortiumRequired = "cr", trlMin = "t0", trlMax = "t1"
        case preferredCertifications = "pc"
    }
}

/// A sector with the weight of its evidence (1 = certain).
public struct SectorWeight: Sendable, Hashable, Codable {
    public var sector: Sector
    public var weight: Double

    public init(_ sector: Sector, _ weight: Double) {
        self.sector = sector
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey { case sector = "s", weight = "w" }
}

/// An organization type or company scale a call admits, with how sure the reading is.
public struct EligibleType: Sendable, Hashable, Codable {
    public var type: OrganizationType
    public var confidence: Double

    public init(_ type: OrganizationType, _ confidence: Double) {
        self.type = type
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey { case type = "t", confidence = "c" }
}
