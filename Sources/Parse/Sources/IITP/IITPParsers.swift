/// IITP (ezone.iitp.kr, IITP's own 사업관리시스템). The institutional homepage www.iitp.kr has no usable list any
/// more (SITES.md §0.2, §1.1: JS board, SPA redirect, error page), so it has no source; IITP calls on IRIS and NTIS
/// are read by those hubs' parsers.
enum IITPParsers {
    static var all: [any SourceParser.Type] { [IITPEzoneListParser.self, IITPEzoneDetailParser.self] }

    /// ezone is IITP's own system: every announcement on it is IITP's, even where a form (01 수요조사/안내) does not
    /// name the agency or its ministry.
    static let announcingAgency = "정보통신기획평가원"
    static let ministry = "과학기술정보통신부"
}
