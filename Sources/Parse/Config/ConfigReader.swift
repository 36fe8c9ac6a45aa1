import TOML

/// Walks one agency file's TOML tree, collecting every problem (unknown keys, wrong types, missing fields) with its
/// position instead of stopping at the first.
struct ConfigReader {
    let table: TOMLTable
    let file: String
    var errors: [AgencyConfigError] = []

    static let agencyKeys: Set<String> = [
        "code", "name", "name_en", "ministry", "enabled", "shared", "schedule", "rate_limits", "sources",
    ]
    static let sourceKeys: Set<String> = [
        "id", "kind", "parser", "enabled", "url", "method", "params", "headers", "warmup", "paging", "detail",
        "filter_agencies", "rules",
    ]
    static let pagingKeys: Set<String> = ["param", "first", "max_pages", "stop_when_nothing_new"]
    static let defaultRequestsPerMinute = 10

    mutating func agency(parsers: [String: AgencyConfigLoader.ParserRules]) -> AgencyConfig? {
        unknownKeys(in: table, allowed: Self.agencyKeys, source: nil)
        guard let code = string(table, "code", source: nil, required: true),
            let name = string(table, "name", source: nil, required: true)
        else { return nil }
        var config = AgencyConfig(
            file: file, code: code, name: name, ministry: string(table, "ministry", source: nil),
            enabled: bool(table, "enabled", source: nil) ?? true, rateLimits: [:],
            scheduleHints: stringArray(table, "schedule", source: nil), sources: [],
            shared: bool(table, "shared", source: nil) ?? false)
        if let limits = table["rate_limits"] {
            if let limits = limits.tableValue {
                for host in limits.keys {
                    if let perMinute = limits[host]?.integerValue, perMinute > 0 {
                        config.rateLimits[host] = Int(perMinute)
                    } else {
                        fail(
                            limits, host, source: nil, field: "rate_limits.\(host)",
                            "must be a positive integer (requests per minute)")
                    }
                }
            } else {
                fail(
                    table, "rate_limits", source: nil, field: "rate_limits",
                    "must be a table of host = requests per minute")
            }
        }
        guard let sources = table["sources"]?.arrayValue, !sources.isEmpty else {
            fail(table, "sources", source: nil, field: "sources", "at least one [[sources]] is required")
            return nil
        }
        for value in sources {
            guard let sourceTable = value.tableValue else { continue }
            if let source = source(sourceTable, parsers: parsers) { config.sources.append(source) }
        }
        let ids = Set(config.sources.map(\.id))
        for source in config.sources {
            if let detail = source.detailSource, !ids.contains(detail) {
                errors.append(
                    AgencyConfigError(
                        location: source.location, source: source.id, field: "detail",
                        message: "names source '\(detail)', which this file does not define"))
            }
            if let host = Self.host(of: source.url), config.rateLimits[host] == nil {
                config.rateLimits[host] = Self.defaultRequestsPerMinute
            }
        }
        return config
    }

    private mutating func source(
        _ table: TOMLTable, parsers: [String: AgencyConfigLoader.ParserRules]
    ) -> SourceConfig? {
        let id = string(table, "id", source: nil, required: true) ?? "?"
        unknownKeys(in: table, allowed: Self.sourceKeys, source: id)
        guard let kindText = string(table, "kind", source: id, required: true),
            let parser = string(table, "parser", source: id, required: true),
            let url = string(table, "url", source: id, required: true)
        else { return nil }
        guard let kind = SourceConfig.Kind(rawValue: kindText) else {
            fail(
                table, "kind", source: id, field: "kind",
                "'\(kindText)' is not one of \(SourceConfig.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        if !url.hasPrefix("https://") && !url.hasPrefix("http://") {
            fail(table, "url", source: id, field: "url", "must be an absolute http(s) URL")
        }
        var rules: [String: String] = [:]
        var ruleLocations: [String: String] = [:]
        if let ruleTable = table["rules"]?.tableValue {
            for name in ruleTable.keys {
                if let expression = ruleTable[name]?.stringValue, !expression.isEmpty {
                    rules[name] = expression
                    ruleLocations[name] = ruleTable.location(of: name)?.description ?? file
                } else {
                    fail(ruleTable, name, source: id, field: "rule '\(name)'", "must be a non-empty string")
                }
            }
        }
        if let known = parsers[parser] {
            for missing in known.required.subtracting(rules.keys).sorted() {
                fail(
                    table, "rules", source: id, field: "rule '\(missing)'",
                    "is required by parser \(parser) but missing")
            }
            for extra in Set(rules.keys).subtracting(known.required).subtracting(known.optional).sorted() {
                errors.append(
                    AgencyConfigError(
                        location: ruleLocations[extra] ?? file, source: id, field: "rule '\(extra)'",
                        message:
                            "is not a rule of parser \(parser) (known: \(known.required.union(known.optional).sorted().joined(separator: ", ")))"
                    ))
            }
        } else {
            fail(
                table, "parser", source: id, field: "parser",
                "'\(parser)' is unknown (known: \(parsers.keys.sorted().joined(separator: ", ")))")
        }
        var paging: SourceConfig.Paging?
        if let pagingTable = table["paging"]?.tableValue {
            unknownKeys(in: pagingTable, allowed: Self.pagingKeys, source: id, prefix: "paging.")
            if let parameter = string(pagingTable, "param", source: id, required: true) {
                paging = SourceConfig.Paging(
                    parameter: parameter, first: int(pagingTable, "first", source: id) ?? 1,
                    maxPages: int(pagingTable, "max_pages", source: id) ?? 10,
                    stopWhenNothingNew: bool(pagingTable, "stop_when_nothing_new", source: id) ?? true)
            }
        }
        let method = (string(table, "method", source: id) ?? "GET").uppercased()
        if method != "GET" && method != "POST" {
            fail(table, "method", source: id, field: "method", "must be GET or POST")
        }
        return SourceConfig(
            id: id, kind: kind, parser: parser, enabled: bool(table, "enabled", source: id) ?? true, url: url,
            method: method, parameters: stringTable(table, "params", source: id),
            headers: stringTable(table, "headers", source: id), warmup: stringArray(table, "warmup", source: id),
            paging: paging, detailSource: string(table, "detail", source: id),
            filterToOurAgencies: bool(table, "filter_agencies", source: id) ?? false, rules: rules,
            ruleLocations: ruleLocations, location: table.location.description)
    }

    // MARK: Typed reads

    private mutating func string(_ table: TOMLTable, _ key: String, source: String?, required: Bool = false) -> String?
    {
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

    private mutating func bool(_ table: TOMLTable, _ key: String, source: String?) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.boolValue else {
            fail(table, key, source: source, field: key, "must be true or false")
            return nil
        }
        return flag
    }

    private mutating func int(_ table: TOMLTable, _ key: String, source: String?) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.integerValue, number > 0 else {
            fail(table, key, source: source, field: key, "must be a positive integer")
            return nil
        }
        return Int(number)
    }

    private mutating func stringArray(_ table: TOMLTable, _ key: String, source: String?) -> [String] {
        guard let value = table[key] else { return [] }
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
            fail(table, key, source: source, field: key, "must be an array of strings")
            return []
        }
        return items.compactMap(\.stringValue)
    }

    private mutating func stringTable(_ table: TOMLTable, _ key: String, source: String?) -> [String: String] {
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

    private mutating func unknownKeys(in table: TOMLTable, allowed: Set<String>, source: String?, prefix: String = "") {
        for key in table.keys where !allowed.contains(key) {
            fail(
                table, key, source: source, field: prefix + key,
                "unknown key (known: \(allowed.sorted().map { prefix + $0 }.joined(separator: ", ")))")
        }
    }

    private mutating func fail(_ table: TOMLTable, _ key: String, source: String?, field: String?, _ message: String) {
        let location = table.location(of: key)?.description ?? table.location.description
        errors.append(AgencyConfigError(location: location, source: source, field: field, message: message))
    }

    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == ":" }) ?? rest.endIndex
        return rest[..<end].lowercased()
    }
}
