import TOML

/// One `[[sources]]` table: request, paging, rules and the HTML list screen's rules of a JSON list.
extension ConfigReader {
    mutating func source(_ table: TOMLTable) -> SourceConfig? {
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
        let rules = ruleTable(table, "rules", source: id, label: "rule")
        let screen = ruleTable(table, "screen_rules", source: id, label: "screen rule")
        if let known = parsers[parser] {
            checkNames(rules, in: table, "rules", known: known, parser: parser, source: id, label: "rule")
        } else {
            fail(
                table, "parser", source: id, field: "parser",
                "'\(parser)' is unknown (known: \(parsers.keys.sorted().joined(separator: ", ")))")
        }
        checkScreenRules(screen, in: table, kind: kind, parser: parser, source: id)
        let method = (string(table, "method", source: id) ?? "GET").uppercased()
        if method != "GET" && method != "POST" {
            fail(table, "method", source: id, field: "method", "must be GET or POST")
        }
        let parameters = parameters(table, source: id, kind: kind)
        var locations = parameters.locations
        for key in table.keys { locations[key] = location(table, key) }
        let paging = paging(table, source: id, locations: &locations)
        var source = SourceConfig(
            id: id, kind: kind, parser: parser, enabled: bool(table, "enabled", source: id) ?? true, url: url,
            method: method, parameters: parameters.single, parameterChoices: parameters.choices, variant: [:],
            headers: stringTable(table, "headers", source: id), warmup: stringArray(table, "warmup", source: id),
            paging: paging, detailSource: string(table, "detail", source: id),
            filterToOurAgencies: bool(table, "filter_agencies", source: id) ?? false, rules: rules.expressions,
            ruleLocations: rules.locations, screenRules: screen.expressions, screenRuleLocations: screen.locations,
            keyLocations: locations, location: table.location.description)
        source.tlsCiphers = string(table, "tls_ciphers", source: id)
        source.allowedHosts = stringArray(table, "allowed_hosts", source: id).map { $0.lowercased() }
        source.volatileParameters = stringArray(table, "volatile_params", source: id)
        return source
    }

    /// The name → expression table under `key`, with where each was written.
    private mutating func ruleTable(
        _ table: TOMLTable, _ key: String, source id: String, label: String
    ) -> (expressions: [String: String], locations: [String: String]) {
        var expressions: [String: String] = [:]
        var locations: [String: String] = [:]
        guard let value = table[key] else { return ([:], [:]) }
        guard let ruleTable = value.tableValue else {
            fail(table, key, source: id, field: key, "must be a table of \(label) name = expression")
            return ([:], [:])
        }
        for name in ruleTable.keys {
            if let expression = ruleTable[name]?.stringValue, !expression.isEmpty {
                expressions[name] = expression
                locations[name] = location(ruleTable, name)
            } else {
                fail(ruleTable, name, source: id, field: "\(label) '\(name)'", "must be a non-empty string")
            }
        }
        return (expressions, locations)
    }

    /// Every rule the parser requires is there; every rule given is one the parser reads.
    private mutating func checkNames(
        _ rules: (expressions: [String: String], locations: [String: String]), in table: TOMLTable, _ key: String,
        known: AgencyConfigLoader.ParserRules, parser: String, source id: String, label: String
    ) {
        for missing in known.required.subtracting(rules.expressions.keys).sorted() {
            fail(
                table, key, source: id, field: "\(label) '\(missing)'", "is required by parser \(parser) but missing")
        }
        let understood = known.required.union(known.optional)
        for extra in Set(rules.expressions.keys).subtracting(understood).sorted() {
            errors.append(
                AgencyConfigError(
                    location: rules.locations[extra] ?? location(table, key), source: id, field: "\(label) '\(extra)'",
                    message:
                        "is not a \(label) of parser \(parser) (known: \(understood.sorted().joined(separator: ", ")))"
                ))
        }
    }

    /// `screen_rules` belong to JSON lists whose parser also reads the site's HTML list screen, and to no other.
    private mutating func checkScreenRules(
        _ rules: (expressions: [String: String], locations: [String: String]), in table: TOMLTable,
        kind: SourceConfig.Kind, parser: String, source id: String
    ) {
        let given = table["screen_rules"] != nil
        if kind != .jsonList {
            if given {
                fail(
                    table, "screen_rules", source: id, field: "screen_rules",
                    "only a json_list source has screen rules (an HTML source's own rules are XPath)")
            }
            return
        }
        guard let known = screens[parser] else {
            if given, parsers[parser] != nil {
                fail(
                    table, "screen_rules", source: id, field: "screen_rules",
                    "parser \(parser) reads no HTML list screen, so it has no screen rules")
            }
            return
        }
        checkNames(rules, in: table, "screen_rules", known: known, parser: parser, source: id, label: "screen rule")
    }

    private mutating func paging(
        _ table: TOMLTable, source id: String, locations: inout [String: String]
    ) -> SourceConfig.Paging? {
        guard let value = table["paging"] else { return nil }
        guard let pagingTable = value.tableValue else {
            fail(table, "paging", source: id, field: "paging", "must be a table (param, first, max_pages …)")
            return nil
        }
        unknownKeys(in: pagingTable, allowed: Self.pagingKeys, source: id, prefix: "paging.")
        for key in pagingTable.keys { locations["paging.\(key)"] = location(pagingTable, key) }
        guard let parameter = string(pagingTable, "param", source: id, required: true) else { return nil }
        return SourceConfig.Paging(
            parameter: parameter, first: int(pagingTable, "first", source: id) ?? 1,
            maxPages: int(pagingTable, "max_pages", source: id) ?? 10,
            stopWhenNothingNew: bool(pagingTable, "stop_when_nothing_new", source: id) ?? true)
    }
}
