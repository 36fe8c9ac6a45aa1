/// Money in won, read from phrases like `총 117.32억원 (과제당 5억원 이내)`. nil means unknown (`0 억원` and `미정`
/// are unknown, not zero).
public struct Budget: Sendable, Hashable {
    public var totalKRW: Int64?
    public var perProjectKRW: Int64?
    /// The phrase the amounts came from, as written.
    public var text: String?

    public init(totalKRW: Int64? = nil, perProjectKRW: Int64? = nil, text: String? = nil) {
        self.totalKRW = totalKRW
        self.perProjectKRW = perProjectKRW
        self.text = text
    }

    public static let unknown = Budget()
}

/// Who may apply, each finding with its phrase and confidence.
public struct Eligibility: Sendable, Hashable {
    public var organizationTypes: [Finding<OrganizationType>]
    /// true: a consortium is required; false: the page says none is needed; nil: not said.
    public var consortiumRequired: Finding<Bool>?
    /// Regions an applicant must be in (부산, 경남 …), as written.
    public var regions: [Finding<String>]

    public init(
        organizationTypes: [Finding<OrganizationType>] = [], consortiumRequired: Finding<Bool>? = nil,
        regions: [Finding<String>] = []
    ) {
        self.organizationTypes = organizationTypes
        self.consortiumRequired = consortiumRequired
        self.regions = regions
    }

    /// The organization types, deduplicated and sorted (the golden records' form).
    public var types: [OrganizationType] { Array(Set(organizationTypes.map(\.value))).sorted() }
}
