import Foundation

/// CSV text → raw rows: the header names the columns (unknown or repeated ones are problems), each record must have
/// as many fields as the header, and empty cells are absent values.
enum CSVOrganizationRows {
    static func rows(_ data: Data, file: String) throws(OrganizationImportError) -> (
        [RawOrganizationRow], [OrganizationImportError.Problem]
    ) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw OrganizationFile.unreadable(file, "not UTF-8 text (save the file as UTF-8 CSV)")
        }
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(in: text)
        } catch {
            throw OrganizationFile.unreadable(file, "CSV: \(error.message)", at: error.line)
        }
        guard let header = records.first else {
            throw OrganizationFile.unreadable(file, "the file is empty (it needs a header line and rows)")
        }
        var problems: [OrganizationImportError.Problem] = []
        let headerPosition = RowPosition(file: file, kind: .line, number: header.line)
        var columns: [OrganizationColumn?] = []
        for name in header.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let column = OrganizationColumn(rawValue: name)
            if column == nil {
                problems.append(.init(position: headerPosition, field: name, message: "unknown column"))
            } else if columns.contains(column) {
                problems.append(.init(position: headerPosition, field: name, message: "column given twice"))
            }
            columns.append(column)
        }
        for required in [OrganizationColumn.name, .type] where !columns.contains(required) {
            problems.append(
                .init(position: headerPosition, field: required.rawValue, message: "required column missing"))
        }
        guard problems.isEmpty else { return ([], problems) }
        var rows: [RawOrganizationRow] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            let position = RowPosition(file: file, kind: .line, number: record.line)
            guard record.fields.count == columns.count else {
                problems.append(
                    .init(
                        position: position, field: "-",
                        message: "\(record.fields.count) fields where the header has \(columns.count)"))
                continue
            }
            var cells: [OrganizationColumn: String] = [:]
            for (column, value) in zip(columns, record.fields) {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if let column, !trimmed.isEmpty { cells[column] = trimmed }
            }
            rows.append(RawOrganizationRow(position: position, cells: cells))
        }
        return (rows, problems)
    }
}
