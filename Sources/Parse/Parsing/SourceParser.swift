/// The structural logic for one kind of source page: what rules cannot express (label/value blocks, ids inside
/// onclick handlers, `;jsessionid=` stripping). Pure: bytes + URL + source configuration in, programs and follow-up
/// requests out. One parser serves every page of its source kind, not one page.
public protocol SourceParser: Sendable {
    /// The name agency files use in `parser = "…"`.
    static var name: String { get }
    /// Rules the parser cannot work without, and rules it also reads when given.
    static var rules: AgencyConfigLoader.ParserRules { get }

    init()

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult
}

/// Every parser the pipeline knows, by name.
public enum ParserRegistry {
    /// Built once: `parser(named:)` is asked for every page.
    public static let all: [any SourceParser.Type] = families.flatMap { $0 }

    /// The parser a source names.
    public static func parser(named name: String) -> (any SourceParser.Type)? {
        byName[name]
    }

    private static let byName: [String: any SourceParser.Type] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    public static var rules: [String: AgencyConfigLoader.ParserRules] {
        Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.rules) })
    }
}
