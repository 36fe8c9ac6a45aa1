/// TIPA (중소기업기술정보진흥원): SMTECH (www.smtech.go.kr), the 사업공고 board of its R&D management system, where
/// SMTECH-own calls sit beside rows that point to IRIS; and its homepage's 기정원소식 board (www.tipa.or.kr), which
/// needs a session cookie and a Referer. TIPA calls on IRIS and NTIS are read by those hubs' parsers.
enum TIPAParsers {
    static var all: [any SourceParser.Type] {
        [SMTECHListParser.self, SMTECHDetailParser.self, TIPANoticeListParser.self, TIPANoticeDetailParser.self]
    }

    /// Both sites are TIPA's own: every announcement on them is TIPA's, even where the page does not say so.
    static let announcingAgency = "중소기업기술정보진흥원"
    /// SMTECH is the ministry's system for its SME R&D programmes, so every SMTECH call is the ministry's.
    static let ministry = "중소벤처기업부"
}
