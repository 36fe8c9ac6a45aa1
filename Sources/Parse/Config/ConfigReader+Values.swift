import TOML

/// Typed reads of one key: a missing optional key is nil, a wrong type is an error at the key's position.
extension ConfigReader {
    mutating func string(_ table: TOMLTable, _ key: String, source: String?, required: Bool = false) -> String? {
        guard let value = table[key] else {
            if required { fail(table, key, source: source, field: key, "is required") }
            return nil
        }
        guard let text = value.stringValue else {
            fail(table, key, source: source, field: key, "must be a string, not \(value.typeName)")
            return nil
        }
        return text
    }

    mutating func bool(_ table: TOMLTable, _ key: String, source: String?) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.boolValue else {
            fail(table, key, source: source, field: key, "must be true or false")
            return nil
        }
        return flag
    }

    mutating func int(_ table: TOMLTable, _ key: String, source: String?) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.integerValue, number > 0 else {
            fail(table, key, source: source, field: key, "must be a positive integer")
            return nil
        }
        return Int(number)
    }

    mutating func stringArray(_ table: TOMLTable, _ key: String, source: String?) -> [String] {
        guard let value = table[key] else { return [] }
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
            fail(table, key, source: source, field: key, "must be an array of strings")
            return []
        }
        return items.compactMap(\.stringValue)
    }

    mutating func stringTable(_ table: TOMLTable, _ key: String, source: String?) -> [String: String] {
        guard let value = table[key] else { return [:] }
        guard let inner = value.tableValue else {
            fail(table, key, source: source, field: key, "must be a table")
            return [:]
        }
        var result: [String: String] = [:]
        for name in inner.keys {
            if let text = inner[name]?.stringValue {
                result[name] = text
            } else {
                fail(inner, name, source: source, field: "\(key).\(name)", "must be a string")
            }
        }
        return result
    }

    mutating func unknownKeys(in table: TOMLTable, allowed: Set<String>, source: String?, prefix: String = "") {
        for key in table.keys where !allowed.contains(key) {
            fail(
                table, key, source: source, field: prefix + key,
                "unknown key (known: \(allowed.sorted().map { prefix + $0 }.joined(separator: ", ")))")
        }
    }

    mutating func fail(_ table: TOMLTable, _ key: String, source: String?, field: String?, _ message: String) {
        errors.append(
            AgencyConfigError(location: location(table, key), source: source, field: field, message: message))
    }

    /// `file:line:column` of `key` in `table`, else of the table itself.
    func location(_ table: TOMLTable, _ key: String) -> String {
        table.location(of: key)?.description ?? table.location.description
    }
}
