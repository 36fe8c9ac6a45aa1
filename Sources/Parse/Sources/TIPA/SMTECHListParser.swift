/// SMTECH 사업공고 list (`notice02_list.do?pageIndex=N`, 15 rows a page): the table captioned `사업공고 목록` — not the
/// hidden login popup's table of the same classes — with 번호 | 시스템구분 | 사업명 | 공고명 | 접수기간 | 공고일자 | 상태.
/// SMTECH rows link to their detail with a `;jsessionid=` path and become detail requests keyed `ancmId-dtlAncmSn`;
/// IRIS rows (`javascript:goMove()`, no id) are read from IRIS itself and are counted as skipped here, but having no
/// id they are not in `rows`.
struct SMTECHListParser: SourceParser {
    static let name = "smtech_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "link", "title"],
        optional: [
            "system", "period", "posted", "status", "page_count", "empty_marker", "error_marker", "blocked_marker",
        ])

    /// Row fields passed on to the detail page as they are.
    static let contextRules = ["system", "period", "posted", "status"]

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let rows = try reader.rows()
        var result = ParseResult()
        var titled = 0
        var linked = 0
        for row in rows {
            let href = try reader.text("link", in: row)
            if href != nil { linked += 1 }
            guard let title = try reader.text("title", in: row).map(TitleText.clean), !title.isEmpty else {
                result.problems.append(ParseProblem(field: "title", message: "row without a title"))
                continue
            }
            titled += 1
            guard let link = href.flatMap({ SMTECHLink(href: $0, base: page.url) }) else {
                if Self.isIRISRow(href: href, system: try reader.text("system", in: row)) {
                    // Counted but not in `rows`: the row has no id to remember it by (IRIS lists it itself).
                    result.skipped += 1
                } else {
                    result.problems.append(
                        ParseProblem(
                            field: "link", message: "row without an SMTECH detail link (\(href ?? "none"))",
                            item: title))
                }
                continue
            }
            var context = link.parameters.merging(["id": link.id, "title": title]) { _, row in row }
            for name in Self.contextRules {
                if let value = try reader.text(name, in: row) { context[name] = value }
            }
            guard let detail = source.detailSource else {
                result.skipWithoutDetail(id: link.id, shown: context)
                continue
            }
            result.follow(FollowUpRequest(source: detail, url: link.url, context: context))
        }
        if !rows.isEmpty, titled == 0 {
            throw reader.layoutChanged("title", "no row of the list has a title")
        }
        if !rows.isEmpty, linked == 0 {
            throw reader.layoutChanged("link", "no row of the list has a link")
        }
        result.pageCount = try reader.text("page_count").flatMap(Self.lastPage)
        return result
    }

    /// An IRIS row: SMTECH only tells the reader to go to IRIS (`javascript:goMove()`), and 시스템구분 says IRIS.
    static func isIRISRow(href: String?, system: String?) -> Bool {
        if let system, system.uppercased().contains("IRIS") { return true }
        guard let href else { return false }
        return href.lowercased().hasPrefix("javascript:") && href.contains("goMove")
    }

    /// The counter `총 27건 [1/2 페이지]` → 2; nil when it gives no page count (`총 27건` past the last page).
    static func lastPage(_ counter: String) -> Int? {
        guard let open = counter.lastIndex(of: "["), let slash = counter[open...].firstIndex(of: "/") else {
            return nil
        }
        let digits = counter[counter.index(after: slash)...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        return Int(String(digits))
    }
}
