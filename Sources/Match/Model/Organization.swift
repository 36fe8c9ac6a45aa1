import Parse

/// What an organization is, as the eligibility wording of calls distinguishes it.
public enum OrganizationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case company
    case researchInstitute = "research_institute"
    case university
    case publicInstitution = "public_institution"
}

/// A company's size class (중소기업기본법 / 중견기업법 wording); nil for other kinds or when not given.
public enum CompanyScale: String, Sendable, Hashable, Codable, CaseIterable {
    case startup, sme
    case midSized = "mid_sized"
    case large
}

/// One place an organization works from: 본사 (headquarters), 연구소 (lab) or 공장 (factory), with its 시·도.
public struct OrganizationLocation: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case headquarters, lab, factory, branch
    }
    public var role: Role
    /// The canonical short region name (`부산`, `경남`), see `KoreanRegions`.
    public var region: String

    public init(role: Role, region: String) {
        self.role = role
        self.region = region
    }
}

/// What an organization has done in government R&D: the track-record component reads it.
public struct RnDExperience: Sendable, Hashable, Codable {
    /// Government R&D projects carried out (as lead or participant).
    public var projects: Int?
    /// Projects carried out with other organizations (industry–academia–institute).
    public var collaborations: Int?
    /// Whether it runs a 기업부설연구소 or 연구전담부서.
    public var hasResearchLab: Bool?

    public init(projects: Int? = nil, collaborations: Int? = nil, hasResearchLab: Bool? = nil) {
        self.projects = projects
        self.collaborations = collaborations
        self.hasResearchLab = hasResearchLab
    }

    public static let unknown = RnDExperience()
}

/// An organization the matcher scores programs for. Every field but name and kind may be missing: missing is
/// unknown, which lowers confidence or a component, and never blocks a match.
public struct Organization: Sendable, Hashable, Codable {
    /// The database id; 0 before the organization is stored.
    public var id: Int64
    public var name: String
    public var kind: OrganizationKind
    public var scale: CompanyScale?
    public var foundedOn: LocalDate?
    /// As given (`10-50`, `UNDER_10` …): kept for the web app, not scored.
    public var employeesRange: String?
    public var revenueRange: String?
    public var locations: [OrganizationLocation]
    /// Free text or a sector code (`ICT`, `정보통신`, `바이오헬스`); `Sector.named` reads it.
    public var industrySector: String?
    public var keyTechnologies: [String]
    public var researchFocus: [String]
    public var trlCurrent: Int?
    public var trlTarget: ClosedRange<Int>?
    public var certifications: [String]
    public var rndExperience: RnDExperience
    /// Domains it does not want (sector codes or names: `defense`, `국방`).
    public var excludedDomains: [String]

    public init(id: Int64 = 0, name: String, kind: OrganizationKind) {
        self.id = id
        self.name = name
        self.kind = kind
        self.scale = nil
        self.foundedOn = nil
        self.employeesRange = nil
        self.revenueRange = nil
        self.locations = []
        self.industrySector = nil
        self.keyTechnologies = []
        self.researchFocus = []
        self.trlCurrent = nil
        self.trlTarget = nil
        self.certifications = []
        self.rndExperience = .unknown
        self.excludedDomains = []
    }

    /// The regions of its locations, canonical order, without duplicates.
    public var regions: [String] {
        let present = Set(locations.map(\.region))
        return KoreanRegions.canonical.filter(present.contains)
    }
}
