import TOML

/// Walks one agency file's TOML tree, collecting every problem (unknown keys, wrong types, missing fields) with its
/// position instead of stopping at the first.
struct ConfigReader {
    let table: TOMLTable
    let file: String
    /// Parser name → the rules of `[sources.rules]` it requires and understands.
    let parsers: [String: AgencyConfigLoader.ParserRules]
    /// Parser name → the rules of `[sources.screen_rules]` (the HTML list screen of a JSON list) it reads.
    let screens: [String: AgencyConfigLoader.ParserRules]
    var errors: [AgencyConfigError] = []

    static let agencyKeys: Set<String> = [
        "code", "name", "name_en", "ministry", "enabled", "shared", "schedule", "rate_limits", "sources",
    ]
    static let sourceKeys: Set<String> = [
        "id", "kind", "parser", "enabled", "url", "method", "params", "headers", "warmup", "paging", "detail",
        "filter_agencies", "rules", "screen_rules", "tls_ciphers", "allowed_hosts", "volatile_params",
    ]
    static let pagingKeys: Set<String> = ["param", "first", "max_pages", "stop_when_nothing_new"]
    static let defaultRequestsPerMinute = 10

    init(
        table: TOMLTable, file: String, parsers: [String: AgencyConfigLoader.ParserRules],
        screens: [String: AgencyConfigLoader.ParserRules]
    ) {
        self.table = table
        self.file = file
        self.parsers = parsers
        self.screens = screens
    }

    /// The file's agency and sources; nil when the file lacks what every agency needs (code, name, sources).
    /// References between sources (`detail`) are checked by the loader across all files, not here.
    mutating func agency() -> AgencyConfig? {
        unknownKeys(in: table, allowed: Self.agencyKeys, source: nil)
        guard let code = string(table, "code", source: nil, required: true),
            let name = string(table, "name", source: nil, required: true)
        else { return nil }
        var config = AgencyConfig(
            file: file, code: code, name: name, ministry: string(table, "ministry", source: nil),
            enabled: bool(table, "enabled", source: nil) ?? true, rateLimits: rateLimits(),
            scheduleHints: stringArray(table, "schedule", source: nil), sources: [],
            shared: bool(table, "shared", source: nil) ?? false)
        guard let sources = table["sources"]?.arrayValue, !sources.isEmpty else {
            fail(table, "sources", source: nil, field: "sources", "at least one [[sources]] is required")
            return nil
        }
        for value in sources {
            guard let sourceTable = value.tableValue else { continue }
            if let source = source(sourceTable) { config.sources.append(source) }
        }
        for source in config.sources {
            if let host = Self.host(of: source.url), config.rateLimits[host] == nil {
                config.rateLimits[host] = Self.defaultRequestsPerMinute
            }
        }
        return config
    }

    private mutating func rateLimits() -> [String: Int] {
        guard let value = table["rate_limits"] else { return [:] }
        guard let limits = value.tableValue else {
            fail(
                table, "rate_limits", source: nil, field: "rate_limits",
                "must be a table of host = requests per minute")
            return [:]
        }
        var result: [String: Int] = [:]
        for host in limits.keys {
            if let perMinute = limits[host]?.integerValue, perMinute > 0 {
                result[host] = Int(perMinute)
            } else {
                fail(
                    limits, host, source: nil, field: "rate_limits.\(host)",
                    "must be a positive integer (requests per minute)")
            }
        }
        return result
    }

    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == ":" }) ?? rest.endIndex
        return rest[..<end].lowercased()
    }
}
