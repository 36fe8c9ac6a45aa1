import Match

/// Turns a raw row into an organization, collecting a problem for every bad cell (not just the first), so one run
/// of the import shows everything there is to fix in a row.
enum OrganizationRowValidator {
    static func validate(_ row: RawOrganizationRow) -> (ImportedOrganization?, [OrganizationImportError.Problem]) {
        var problems: [OrganizationImportError.Problem] = []
        func read<Value>(_ column: OrganizationColumn, _ reader: (String) throws(CellProblem) -> Value) -> Value? {
            guard let text = row.cells[column] else { return nil }
            do {
                return try reader(text)
            } catch {
                problems.append(.init(position: row.position, field: column.rawValue, message: error.message))
                return nil
            }
        }
        func missing(_ column: OrganizationColumn) {
            problems.append(.init(position: row.position, field: column.rawValue, message: "required, but empty"))
        }

        let name = row.cells[.name]
        if name == nil { missing(.name) }
        let kind = read(.type, OrganizationCellReaders.kind)
        if row.cells[.type] == nil { missing(.type) }
        var organization = Organization(name: name ?? "", kind: kind ?? .company)
        organization.scale = read(.scale, OrganizationCellReaders.scale)
        if organization.scale != nil, let kind, kind != .company {
            problems.append(
                .init(
                    position: row.position, field: OrganizationColumn.scale.rawValue,
                    message: "a scale is only for companies, this is a \(kind.rawValue)"))
        }
        organization.foundedOn = read(.foundedOn, OrganizationCellReaders.date)
        organization.employeesRange = row.cells[.employeesRange]
        organization.revenueRange = row.cells[.revenueRange]
        organization.locations = read(.locations, OrganizationCellReaders.locations) ?? []
        organization.industrySector = row.cells[.industrySector]
        organization.keyTechnologies = row.cells[.keyTechnologies].map(OrganizationCellReaders.list) ?? []
        organization.researchFocus = row.cells[.researchFocus].map(OrganizationCellReaders.list) ?? []
        organization.certifications = read(.certifications, OrganizationCellReaders.certifications) ?? []
        organization.trlCurrent = read(.trlCurrent, OrganizationCellReaders.trl)
        organization.trlTarget = read(.trlTarget, OrganizationCellReaders.trlRange)
        organization.rndExperience = RnDExperience(
            projects: read(.rndProjects, OrganizationCellReaders.count),
            collaborations: read(.rndCollaborations, OrganizationCellReaders.count),
            hasResearchLab: read(.hasResearchLab, OrganizationCellReaders.boolean))
        organization.excludedDomains = read(.excludedDomains, OrganizationCellReaders.excludedDomains) ?? []
        let businessNumber = read(.businessNumber) { (text) throws(CellProblem) -> BusinessNumber in
            do throws(BusinessNumberError) {
                return try BusinessNumber(text)
            } catch {
                throw CellProblem(message: error.description)
            }
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (
            ImportedOrganization(
                ref: row.cells[.ref], organization: organization, businessNumber: businessNumber,
                position: row.position),
            []
        )
    }
}

/// The same organization twice in one file: the same ref, the same business number, or (for rows with neither)
/// the same name and type. The later row is reported, naming the earlier one.
enum DuplicateRows {
    static func problems(in rows: [ImportedOrganization]) -> [OrganizationImportError.Problem] {
        var problems: [OrganizationImportError.Problem] = []
        var refs: [String: RowPosition] = [:]
        var numbers: [BusinessNumber: RowPosition] = [:]
        var names: [String: RowPosition] = [:]
        for row in rows {
            if let ref = row.ref {
                if let first = refs[ref] {
                    problems.append(.init(position: row.position, field: "ref", message: "same ref as \(first)"))
                } else {
                    refs[ref] = row.position
                }
            }
            if let number = row.businessNumber {
                if let first = numbers[number] {
                    problems.append(
                        .init(position: row.position, field: "business_number", message: "same number as \(first)"))
                } else {
                    numbers[number] = row.position
                }
            }
            if row.ref == nil, row.businessNumber == nil {
                let key = row.organization.kind.rawValue + "\u{0}" + row.organization.name
                if let first = names[key] {
                    problems.append(
                        .init(
                            position: row.position, field: "name",
                            message: "same name and type as \(first) (give each a ref to tell them apart)"))
                } else {
                    names[key] = row.position
                }
            }
        }
        return problems
    }
}
