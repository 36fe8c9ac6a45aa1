/// KIMST (www.kimst.re.kr): the 사업공고 board (rows mirror IRIS calls and link to them), and the 공지사항 board with
/// its article pages (KIMST's own, non-IRIS programs mixed with ordinary notices).
enum KIMSTParsers {
    static var all: [any SourceParser.Type] {
        [KIMSTBusinessListParser.self, KIMSTNoticeListParser.self, KIMSTNoticeDetailParser.self]
    }

    /// The announcing agency every KIMST page speaks for (its boards carry only its own posts).
    static let agencyName = "해양수산과학기술진흥원"

}
