import Foundation
import Match
import Parse
import PostgresClient

extension OrganizationStore {
    /// The columns an `Organization` is read from. JSON columns are unpacked by the server (locations as
    /// `role:region` text, R&D experience as three columns), so loading 100,000 rows decodes no JSON in Swift.
    static let profileColumns = """
        id, name, org_type, company_scale, founded_on::text AS founded_on, employees_range, revenue_range,
        ARRAY(SELECT (l.value->>'role') || ':' || (l.value->>'region')
              FROM jsonb_array_elements(locations) WITH ORDINALITY AS l (value, n) ORDER BY l.n) AS locations,
        industry_sector, key_technologies, research_focus, trl_current, trl_target_min, trl_target_max,
        certifications, (rnd_experience->>'projects')::int AS rnd_projects,
        (rnd_experience->>'collaborations')::int AS rnd_collaborations,
        (rnd_experience->>'has_research_lab')::boolean AS has_research_lab, excluded_domains
        """

    /// Every organization, by id.
    public func allOrganizations() async throws -> [Organization] {
        try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT \(Self.profileColumns) FROM organizations ORDER BY id")
        ).map(Self.organization)
    }

    /// The organizations with these ids, by id; unknown ids are left out.
    public func organizations(ids: [Int64]) async throws -> [Organization] {
        guard !ids.isEmpty else { return [] }
        return try await connection.query(
            "SELECT \(unsafeRaw: Self.profileColumns) FROM organizations WHERE id = ANY(\(ids)::bigint[]) ORDER BY id"
        ).map(Self.organization)
    }

    /// The organizations with these ids (nil: all), by id, each with its `updated_at` read from the same row: the
    /// profile version a match run records for the scores it computes from that profile.
    public func versionedOrganizations(ids: [Int64]?) async throws -> [(organization: Organization, updatedAt: Date)] {
        try await connection.query(
            """
            SELECT \(unsafeRaw: Self.profileColumns), updated_at FROM organizations
            WHERE \(ids)::bigint[] IS NULL OR id = ANY(\(ids)::bigint[]) ORDER BY id
            """
        ).map { row in (try Self.organization(row), try row.decode(Date.self, "updated_at")) }
    }

    /// The organization with this id, nil when there is none.
    public func organization(id: Int64) async throws -> Organization? {
        try await organizations(ids: [id]).first
    }

    /// The organizations with exactly this name, by id.
    public func organizations(named name: String) async throws -> [Organization] {
        try await connection.query(
            "SELECT \(unsafeRaw: Self.profileColumns) FROM organizations WHERE name = \(name) ORDER BY id"
        ).map(Self.organization)
    }

    /// What the command line's `--org <id|ref|name>` means: an id when the text is a number that is one, else the
    /// organization with that `ref`, else the one with exactly that name. Throws `OrganizationLookupError` when
    /// several share the name.
    public func find(_ idOrName: String) async throws -> Organization? {
        let text = idOrName.trimmingCharacters(in: .whitespaces)
        if let id = Int64(text), let found = try await organization(id: id) { return found }
        let referenced = try await connection.query(
            "SELECT \(unsafeRaw: Self.profileColumns) FROM organizations WHERE external_ref = \(text)"
        ).map(Self.organization)
        if let found = referenced.first { return found }
        let named = try await organizations(named: text)
        guard named.count <= 1 else { throw OrganizationLookupError(name: text, ids: named.map(\.id)) }
        return named.first
    }

    /// The organization holding this business number, found by its keyed hash (the number is never compared in
    /// clear).
    public func organization(businessNumber: BusinessNumber, cipher: BusinessNumberCipher) async throws
        -> Organization?
    {
        try await connection.query(
            """
            SELECT \(unsafeRaw: Self.profileColumns) FROM organizations
            WHERE business_number_hash = \(cipher.lookupHash(businessNumber))
            """
        ).first.map(Self.organization)
    }

    /// The stored business number of organization `id`, opened with `cipher`; nil when none is stored. For
    /// authorized code only: never print it.
    public func businessNumber(ofOrganization id: Int64, cipher: BusinessNumberCipher) async throws -> BusinessNumber? {
        let rows = try await connection.query(
            "SELECT business_number_encrypted FROM organizations WHERE id = \(id)")
        guard let sealed = try rows.first?.decode(Data?.self, "business_number_encrypted") else { return nil }
        return try cipher.open(sealed)
    }

    /// Every organization with its ref and whether a number is stored, by id: what `orgs list` prints.
    public func listing() async throws -> [StoredOrganization] {
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT \(Self.profileColumns), external_ref, business_number_hash IS NOT NULL AS has_number,
                        updated_at
                    FROM organizations ORDER BY id
                    """))
        return try rows.map { row in
            StoredOrganization(
                organization: try Self.organization(row), ref: try row.decode(String?.self, "external_ref"),
                hasBusinessNumber: try row.decode(Bool.self, "has_number"),
                updatedAt: try row.decode(Date.self, "updated_at"))
        }
    }

    /// One row of `profileColumns` as an `Organization`.
    static func organization(_ row: PostgresRow) throws -> Organization {
        let kindText = try row.decode(String.self, "org_type")
        guard let kind = OrganizationKind(rawValue: kindText) else {
            throw PostgresError(code: .decoding, message: "org_type '\(kindText)' is not an organization kind")
        }
        var organization = Organization(
            id: try row.decode(Int64.self, "id"), name: try row.decode(String.self, "name"), kind: kind)
        organization.scale = try row.decode(String?.self, "company_scale").flatMap(CompanyScale.init(rawValue:))
        organization.foundedOn = try row.decode(String?.self, "founded_on").flatMap(LocalDate.init(iso:))
        organization.employeesRange = try row.decode(String?.self, "employees_range")
        organization.revenueRange = try row.decode(String?.self, "revenue_range")
        organization.locations = try row.decode([String].self, "locations").compactMap { text in
            let parts = text.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let role = OrganizationLocation.Role(rawValue: String(parts[0])) else {
                return nil
            }
            return OrganizationLocation(role: role, region: String(parts[1]))
        }
        organization.industrySector = try row.decode(String?.self, "industry_sector")
        organization.keyTechnologies = try row.decode([String].self, "key_technologies")
        organization.researchFocus = try row.decode([String].self, "research_focus")
        organization.trlCurrent = try row.decode(Int?.self, "trl_current")
        if let low = try row.decode(Int?.self, "trl_target_min"),
            let high = try row.decode(Int?.self, "trl_target_max"),
            low <= high
        {
            organization.trlTarget = low...high
        }
        organization.certifications = try row.decode([String].self, "certifications")
        organization.rndExperience = RnDExperience(
            projects: try row.decode(Int?.self, "rnd_projects"),
            collaborations: try row.decode(Int?.self, "rnd_collaborations"),
            hasResearchLab: try row.decode(Bool?.self, "has_research_lab"))
        organization.excludedDomains = try row.decode([String].self, "excluded_domains")
        return organization
    }
}
