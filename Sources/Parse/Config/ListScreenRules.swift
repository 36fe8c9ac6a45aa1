/// The HTML list screens that JSON list endpoints can answer instead of JSON, by the JSON list parser that reads
/// them. Their selectors are `[sources.screen_rules]` of the JSON list source; each screen reader declares which
/// names it needs, so `agencies check` refuses a missing or misspelt one as it does for `[sources.rules]`.
extension ParserRegistry {
    public static var screenRules: [String: AgencyConfigLoader.ParserRules] {
        [IRISListParser.name: IRISListScreen.rules, KEITItechListParser.name: KEITItechListScreen.rules]
    }
}
