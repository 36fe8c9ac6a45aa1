import HTMLQuery

/// Checks that every HTML rule is an XPath libxml2 accepts and every JSON rule is a key path, before any page is
/// fetched: a typo in a selector is reported with its file, line, source and field. Screen rules (the HTML list
/// screen of a JSON list) are XPath whatever the source's kind.
enum RuleCompiler {
    static func check(_ config: AgencyConfig) -> [AgencyConfigError] {
        var errors: [AgencyConfigError] = []
        let probe = try? HTMLDocument(string: "<html><body><div></div></body></html>")
        for source in config.sources {
            for (name, expression) in source.rules.sorted(by: { $0.key < $1.key }) {
                let location = source.ruleLocations[name] ?? source.location
                switch source.kind {
                case .htmlList, .htmlDetail:
                    if let problem = xpathProblem(expression, probe: probe) {
                        errors.append(
                            AgencyConfigError(
                                location: location, source: source.id, field: "rule '\(name)'", message: problem))
                    }
                case .jsonList:
                    if !JSONKeyPath.isValid(expression) {
                        errors.append(
                            AgencyConfigError(
                                location: location, source: source.id, field: "rule '\(name)'",
                                message:
                                    "invalid JSON key path '\(expression)' (use keys separated by dots, e.g. paginationInfo.totalPageCount)"
                            ))
                    }
                }
            }
            for (name, expression) in source.screenRules.sorted(by: { $0.key < $1.key }) {
                if let problem = xpathProblem(expression, probe: probe) {
                    errors.append(
                        AgencyConfigError(
                            location: source.screenRuleLocations[name] ?? source.location, source: source.id,
                            field: "screen rule '\(name)'", message: problem))
                }
            }
        }
        return errors
    }

    /// Why libxml2 refuses `expression`, or nil when it compiles.
    private static func xpathProblem(_ expression: String, probe: HTMLDocument?) -> String? {
        guard let probe else { return nil }
        do {
            _ = try probe.evaluate(expression)
            return nil
        } catch {
            return "invalid XPath \(expression) (\(error.message))"
        }
    }
}

/// `listBsnsAncmBtinSitu`, `paginationInfo.totalPageCount`: dot-separated keys.
enum JSONKeyPath {
    static func isValid(_ path: String) -> Bool {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            }
    }

    static func resolve(_ path: String, in object: Any) -> Any? {
        var current: Any? = object
        for key in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(key)]
        }
        return current
    }
}
