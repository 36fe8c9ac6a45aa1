import Foundation
import Match
import PostgresClient

/// One organization's stored columns as binds, with the SQL each takes in an INSERT and in an UPDATE. The UPDATE
/// forms keep what a file cannot say: a row without a ref or business number leaves the stored ones alone (an
/// export from `orgs list` carries no number, and re-importing it must not erase them).
struct OrganizationColumnValues {
    struct Column {
        var name: String
        /// `$n::type`.
        var parameter: String
        /// The new value in `UPDATE … SET name = <this>`.
        var updateValue: String
        /// Whether a difference in this column makes the row "updated" (the ciphertext differs at every seal).
        var compared: Bool
    }

    private(set) var columns: [Column] = []
    private(set) var binds: [PostgresBind] = []

    init(_ row: ImportedOrganization, sealed: SealedBusinessNumber?) throws {
        let organization = row.organization
        add("external_ref", row.ref.postgresBind, "text") { "COALESCE(\($0), external_ref)" }
        add("name", organization.name.postgresBind, "text")
        add("org_type", organization.kind.rawValue.postgresBind, "text")
        add("company_scale", organization.scale?.rawValue.postgresBind, "text")
        add("founded_on", organization.foundedOn?.description.postgresBind, "date")
        add("employees_range", organization.employeesRange.postgresBind, "text")
        add("revenue_range", organization.revenueRange.postgresBind, "text")
        add("regions", organization.regions.postgresBind, "text[]")
        add("locations", try PostgresJSON(encoding: organization.locations).postgresBind, "jsonb")
        add("industry_sector", organization.industrySector.postgresBind, "text")
        add("key_technologies", organization.keyTechnologies.postgresBind, "text[]")
        add("research_focus", organization.researchFocus.postgresBind, "text[]")
        add("trl_current", organization.trlCurrent.postgresBind, "smallint")
        add("trl_target_min", organization.trlTarget?.lowerBound.postgresBind, "smallint")
        add("trl_target_max", organization.trlTarget?.upperBound.postgresBind, "smallint")
        add("certifications", organization.certifications.postgresBind, "text[]")
        add(
            "rnd_experience", try PostgresJSON(encoding: StoredRnDExperience(organization.rndExperience)).postgresBind,
            "jsonb")
        add("excluded_domains", organization.excludedDomains.postgresBind, "text[]")
        let hash = sealed?.lookupHash.postgresBind ?? .null(typeOID: PostgresTypeOID.bytea)
        add("business_number_hash", hash, "bytea") { "COALESCE(\($0), business_number_hash)" }
        let hashParameter = columns[columns.count - 1].parameter
        add("business_number_encrypted", sealed?.combined.postgresBind ?? hash, "bytea", compared: false) {
            "CASE WHEN \(hashParameter) IS NOT NULL AND business_number_hash IS DISTINCT FROM \(hashParameter) "
                + "THEN \($0) ELSE business_number_encrypted END"
        }
    }

    private mutating func add(
        _ name: String, _ bind: PostgresBind?, _ type: String, compared: Bool = true,
        update: (String) -> String = { $0 }
    ) {
        binds.append(bind ?? .null(typeOID: PostgresTypeOID.unknown))
        let parameter = "$\(binds.count)::\(type)"
        columns.append(Column(name: name, parameter: parameter, updateValue: update(parameter), compared: compared))
    }

    /// Inserts the row, returning its id.
    var insert: PostgresQuery {
        PostgresQuery(
            unsafeSQL: "INSERT INTO organizations (\(columns.map(\.name).joined(separator: ", "))) VALUES ("
                + columns.map(\.parameter).joined(separator: ", ") + ") RETURNING id",
            binds: binds)
    }

    /// Updates row `id` only when a compared column differs, bumping `updated_at` then; returns the id if it did.
    func update(id: Int64) -> PostgresQuery {
        let compared = columns.filter(\.compared)
        let idParameter = "$\(binds.count + 1)::bigint"
        return PostgresQuery(
            unsafeSQL: "UPDATE organizations SET "
                + columns.map { "\($0.name) = \($0.updateValue)" }.joined(separator: ", ")
                + ", updated_at = now() WHERE id = \(idParameter) AND ("
                + compared.map(\.name).joined(separator: ", ") + ") IS DISTINCT FROM ("
                + compared.map(\.updateValue).joined(separator: ", ") + ") RETURNING id",
            binds: binds + [id.postgresBind])
    }
}

/// `rnd_experience` as stored: snake_case keys, absent values left out.
struct StoredRnDExperience: Codable {
    var projects: Int?
    var collaborations: Int?
    var hasResearchLab: Bool?

    enum CodingKeys: String, CodingKey {
        case projects, collaborations
        case hasResearchLab = "has_research_lab"
    }

    init(_ experience: RnDExperience) {
        projects = experience.projects
        collaborations = experience.collaborations
        hasResearchLab = experience.hasResearchLab
    }
}
