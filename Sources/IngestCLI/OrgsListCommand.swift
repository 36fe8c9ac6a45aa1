import ArgumentParser
import Foundation
import Organizations

/// `connect-ingest orgs list`: the stored organizations for analysts, as a table, JSON or CSV. The business number is
/// never shown; JSON says only whether one is stored.
struct OrgsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List stored organizations (never their business numbers).",
        discussion: """
            CSV output has the import columns (without business_number), so it can be edited and imported again; \
            JSON adds the id, whether a business number is stored, and when the row last changed.
            """)

    enum Format: String, ExpressibleByArgument { case table, json, csv }

    @OptionGroup var options: GlobalOptions

    @Option(help: "table, json or csv.")
    var format: Format = .table

    func run() async throws {
        let settings = try options.loadSettings()
        let database = try await Services.postgres(settings)
        let stored = try await OrganizationStore(connection: database).listing()
        await database.close()
        switch format {
        case .csv:
            Terminal.line(OrganizationExport.columns.map(\.rawValue).joined(separator: ","))
            for organization in stored {
                Terminal.csv(OrganizationExport.cells(organization))
            }
        case .json:
            try Terminal.json(stored.map(ListedOrganization.init))
        case .table:
            for entry in stored {
                let organization = entry.organization
                Terminal.line(
                    String(organization.id).padding(toLength: 6, withPad: " ", startingAt: 0)
                        + organization.kind.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                        + (organization.scale?.rawValue ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
                        + organization.regions.joined(separator: ",").padding(toLength: 10, withPad: " ", startingAt: 0)
                        + organization.name)
            }
            Terminal.line("\(stored.count) organizations")
        }
    }
}

/// One organization in `orgs list --format json`.
private struct ListedOrganization: Encodable {
    var id: Int64
    var ref: String?
    var name: String
    var type: String
    var scale: String?
    var foundedOn: String?
    var employeesRange: String?
    var revenueRange: String?
    var locations: [String]
    var regions: [String]
    var industrySector: String?
    var keyTechnologies: [String]
    var researchFocus: [String]
    var certifications: [String]
    var trlCurrent: Int?
    var trlTarget: String?
    var rndProjects: Int?
    var rndCollaborations: Int?
    var hasResearchLab: Bool?
    var excludedDomains: [String]
    var hasBusinessNumber: Bool
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, ref, name, type, scale, locations, regions, certifications
        case foundedOn = "founded_on", employeesRange = "employees_range", revenueRange = "revenue_range"
        case industrySector = "industry_sector", keyTechnologies = "key_technologies"
        case researchFocus = "research_focus", trlCurrent = "trl_current", trlTarget = "trl_target"
        case rndProjects = "rnd_projects", rndCollaborations = "rnd_collaborations"
        case hasResearchLab = "has_research_lab", excludedDomains = "excluded_domains"
        case hasBusinessNumber = "has_business_number", updatedAt = "updated_at"
    }

    init(_ stored: StoredOrganization) {
        let organization = stored.organization
        id = organization.id
        ref = stored.ref
        name = organization.name
        type = organization.kind.rawValue
        scale = organization.scale?.rawValue
        foundedOn = organization.foundedOn?.description
        employeesRange = organization.employeesRange
        revenueRange = organization.revenueRange
        locations = OrganizationExport.locations(organization.locations)
        regions = organization.regions
        industrySector = organization.industrySector
        keyTechnologies = organization.keyTechnologies
        researchFocus = organization.researchFocus
        certifications = organization.certifications
        trlCurrent = organization.trlCurrent
        trlTarget = organization.trlTarget.map(OrganizationExport.trlRange)
        rndProjects = organization.rndExperience.projects
        rndCollaborations = organization.rndExperience.collaborations
        hasResearchLab = organization.rndExperience.hasResearchLab
        excludedDomains = organization.excludedDomains
        hasBusinessNumber = stored.hasBusinessNumber
        updatedAt = stored.updatedAt
    }
}
