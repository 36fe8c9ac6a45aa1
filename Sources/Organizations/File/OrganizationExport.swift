import Match

/// A stored organization written back in the import format (`;`-separated lists, `본사:서울` locations, `4-6`), so
/// `orgs list --format csv` output can be edited and imported again. The business number is never written.
public enum OrganizationExport {
    /// The columns an export has: every import column but `business_number`.
    public static let columns: [OrganizationColumn] = OrganizationColumn.allCases.filter { $0 != .businessNumber }

    static let roleWords: [OrganizationLocation.Role: String] = [
        .headquarters: "본사", .lab: "연구소", .factory: "공장", .branch: "지사",
    ]

    /// The cell of every export column, empty for absent values.
    public static func cells(_ stored: StoredOrganization) -> [String] {
        let organization = stored.organization
        return columns.map { column in
            switch column {
            case .ref: stored.ref ?? ""
            case .name: organization.name
            case .type: organization.kind.rawValue
            case .scale: organization.scale?.rawValue ?? ""
            case .foundedOn: organization.foundedOn?.description ?? ""
            case .employeesRange: organization.employeesRange ?? ""
            case .revenueRange: organization.revenueRange ?? ""
            case .locations: locations(organization.locations).joined(separator: ";")
            case .industrySector: organization.industrySector ?? ""
            case .keyTechnologies: organization.keyTechnologies.joined(separator: ";")
            case .researchFocus: organization.researchFocus.joined(separator: ";")
            case .certifications: organization.certifications.joined(separator: ";")
            case .trlCurrent: organization.trlCurrent.map(String.init) ?? ""
            case .trlTarget: organization.trlTarget.map(trlRange) ?? ""
            case .rndProjects: organization.rndExperience.projects.map(String.init) ?? ""
            case .rndCollaborations: organization.rndExperience.collaborations.map(String.init) ?? ""
            case .hasResearchLab: organization.rndExperience.hasResearchLab.map { $0 ? "true" : "false" } ?? ""
            case .excludedDomains: organization.excludedDomains.joined(separator: ";")
            case .businessNumber: ""
            }
        }
    }

    /// `본사:서울` for each location.
    public static func locations(_ locations: [OrganizationLocation]) -> [String] {
        locations.map { (roleWords[$0.role] ?? $0.role.rawValue) + ":" + $0.region }
    }

    /// `4-6`, or `7` for a single level.
    public static func trlRange(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
}
