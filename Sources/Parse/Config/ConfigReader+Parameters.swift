import TOML

/// `params`: each a string (one value, placeholders allowed) or, on a list source, an array of literal strings the
/// list is crawled once per (see `SourceConfig.variants()`).
extension ConfigReader {
    struct Parameters {
        var single: [String: String] = [:]
        var choices: [String: [String]] = [:]
        /// `params.<name>` → where it was written.
        var locations: [String: String] = [:]
    }

    mutating func parameters(_ table: TOMLTable, source id: String, kind: SourceConfig.Kind) -> Parameters {
        var result = Parameters()
        guard let value = table["params"] else { return result }
        guard let inner = value.tableValue else {
            fail(table, "params", source: id, field: "params", "must be a table of name = value")
            return result
        }
        for name in inner.keys {
            let field = "params.\(name)"
            result.locations[field] = location(inner, name)
            guard let value = inner[name] else { continue }
            if let text = value.stringValue {
                result.single[name] = text
            } else if let items = value.arrayValue {
                if let values = choices(items, named: name, in: inner, source: id, kind: kind) {
                    result.choices[name] = values
                }
            } else {
                fail(
                    inner, name, source: id, field: field,
                    "must be a string or an array of strings, not \(value.typeName)")
            }
        }
        return result
    }

    /// The values of a parameter written as an array, or nil (with errors) when the array cannot be crawled.
    private mutating func choices(
        _ items: [TOMLValue], named name: String, in table: TOMLTable, source id: String, kind: SourceConfig.Kind
    ) -> [String]? {
        let field = "params.\(name)"
        guard kind.isList else {
            fail(
                table, name, source: id, field: field,
                "a detail source is requested once per id: only a list source may give a parameter several values")
            return nil
        }
        guard !items.isEmpty else {
            fail(table, name, source: id, field: field, "an empty array would crawl nothing: give at least one value")
            return nil
        }
        var values: [String] = []
        for item in items {
            guard let text = item.stringValue else {
                fail(table, name, source: id, field: field, "every value must be a string, not \(item.typeName)")
                return nil
            }
            if RequestTemplate.mentionsPlaceholder(text) {
                fail(
                    table, name, source: id, field: field,
                    "'\(text)': the values of an array are literal; placeholders such as {page} go in a single value")
                return nil
            }
            if values.contains(text) {
                fail(table, name, source: id, field: field, "'\(text)' is listed twice")
                return nil
            }
            values.append(text)
        }
        return values
    }
}
