import Foundation

/// Reads an import file into validated organizations: all rows are checked before any is returned, and any problem
/// (a bad cell, an unknown column, a duplicate) fails the whole file with every problem listed.
public enum OrganizationFile {
    /// Reads and validates the file at `path`; the format defaults to the one its extension names.
    public static func read(path: String, format: OrganizationFileFormat? = nil) throws(OrganizationImportError)
        -> [ImportedOrganization]
    {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let format = format ?? OrganizationFileFormat(path: path) else {
            throw unreadable(name, "cannot tell the format from the extension: use .csv or .json, or --format")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw unreadable(name, "cannot read \(path): \(error.localizedDescription)")
        }
        return try parse(data, file: name, format: format)
    }

    /// Validates the contents of a file named `file` (used in messages).
    public static func parse(_ data: Data, file: String, format: OrganizationFileFormat) throws(OrganizationImportError)
        -> [ImportedOrganization]
    {
        let raw: [RawOrganizationRow]
        var problems: [OrganizationImportError.Problem] = []
        switch format {
        case .csv: (raw, problems) = try CSVOrganizationRows.rows(data, file: file)
        case .json: (raw, problems) = try JSONOrganizationRows.rows(data, file: file)
        }
        var organizations: [ImportedOrganization] = []
        organizations.reserveCapacity(raw.count)
        for row in raw {
            let (organization, rowProblems) = OrganizationRowValidator.validate(row)
            if let organization { organizations.append(organization) }
            problems += rowProblems
        }
        problems += DuplicateRows.problems(in: organizations)
        guard problems.isEmpty else {
            throw OrganizationImportError(code: .invalidRows, file: file, problems: problems)
        }
        return organizations
    }

    static func unreadable(_ file: String, _ message: String, kind: RowPosition.Kind = .line, at number: Int = 1)
        -> OrganizationImportError
    {
        OrganizationImportError(
            code: .unreadableFile, file: file,
            problems: [
                .init(position: RowPosition(file: file, kind: kind, number: number), field: "-", message: message)
            ])
    }
}
