/// The parsers of each source family. Each family lists its own in its folder (`<Family>/<Family>Parsers.swift`),
/// so families can be added independently; the registry joins them.
extension ParserRegistry {
    static var families: [[any SourceParser.Type]] {
        [NTISParsers.all, IRISParsers.all, IITPParsers.all, KEITParsers.all, TIPAParsers.all, KIMSTParsers.all]
    }
}
