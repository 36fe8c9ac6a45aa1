/// The documented columns of an import file (CSV header names and JSON keys alike), in the order `orgs list`
/// writes them. Anything else in a file is an error: a misspelt column would otherwise be silently dropped.
public enum OrganizationColumn: String, Sendable, CaseIterable {
    case ref, name, type, scale
    case foundedOn = "founded_on"
    case employeesRange = "employees_range"
    case revenueRange = "revenue_range"
    case locations
    case industrySector = "industry_sector"
    case keyTechnologies = "key_technologies"
    case researchFocus = "research_focus"
    case certifications
    case trlCurrent = "trl_current"
    case trlTarget = "trl_target"
    case rndProjects = "rnd_projects"
    case rndCollaborations = "rnd_collaborations"
    case hasResearchLab = "has_research_lab"
    case excludedDomains = "excluded_domains"
    case businessNumber = "business_number"

    /// Columns that hold `;`-separated lists (in JSON, an array of strings is accepted too).
    public var isList: Bool {
        switch self {
        case .locations, .keyTechnologies, .researchFocus, .certifications, .excludedDomains: true
        default: false
        }
    }
}

/// One row before validation: its position and its non-empty cells by column, trimmed.
struct RawOrganizationRow: Sendable {
    var position: RowPosition
    var cells: [OrganizationColumn: String]
}
