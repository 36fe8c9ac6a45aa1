import Foundation

/// JSON text → raw rows: an array of objects keyed by the CSV column names. Values may be strings, numbers,
/// booleans or null; list columns also take arrays of strings. Positions are 1-based record indices.
enum JSONOrganizationRows {
    static func rows(_ data: Data, file: String) throws(OrganizationImportError) -> (
        [RawOrganizationRow], [OrganizationImportError.Problem]
    ) {
        let records: [JSONRecord]
        do {
            records = try JSONDecoder().decode([JSONRecord].self, from: data)
        } catch {
            throw OrganizationFile.unreadable(file, "not a JSON array of objects: \(error)", kind: .record)
        }
        var rows: [RawOrganizationRow] = []
        var problems: [OrganizationImportError.Problem] = []
        for (offset, record) in records.enumerated() {
            let position = RowPosition(file: file, kind: .record, number: offset + 1)
            guard case .object(let object) = record else {
                problems.append(.init(position: position, field: "-", message: "not an object"))
                continue
            }
            var cells: [OrganizationColumn: String] = [:]
            for key in object.keys.sorted() {
                guard let column = OrganizationColumn(rawValue: key) else {
                    problems.append(.init(position: position, field: key, message: "unknown column"))
                    continue
                }
                guard let value = object[key]?.text(list: column.isList) else {
                    problems.append(
                        .init(
                            position: position, field: key,
                            message: column.isList
                                ? "expected a string, a number, a boolean or an array of strings"
                                : "expected a string, a number or a boolean"))
                    continue
                }
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { cells[column] = trimmed }
            }
            rows.append(RawOrganizationRow(position: position, cells: cells))
        }
        return (rows, problems)
    }
}

/// One element of the top-level array: an object of cells, or anything else (reported, not thrown).
private enum JSONRecord: Decodable {
    case object([String: JSONCell])
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = (try? container.decode([String: JSONCell].self)).map(Self.object) ?? .other
    }
}

/// A JSON value as far as a cell cares. Decoded by trying each shape: Foundation's JSONDecoder does not turn
/// numbers into booleans or the reverse, so the order below is exact.
private enum JSONCell: Decodable {
    case null
    case text(String)
    case strings([String])
    case unsupported

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .text(bool ? "true" : "false")
        } else if let integer = try? container.decode(Int.self) {
            self = .text(String(integer))
        } else if let number = try? container.decode(Double.self) {
            self = .text(String(number))
        } else if let string = try? container.decode(String.self) {
            self = .text(string)
        } else if let strings = try? container.decode([String].self) {
            self = .strings(strings)
        } else {
            self = .unsupported
        }
    }

    /// The cell text a CSV file would hold; nil for shapes the column cannot take.
    func text(list: Bool) -> String? {
        switch self {
        case .null: ""
        case .text(let text): text
        case .strings(let strings): list ? strings.joined(separator: ";") : nil
        case .unsupported: nil
        }
    }
}
