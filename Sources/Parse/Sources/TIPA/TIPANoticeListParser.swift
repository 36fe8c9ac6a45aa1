/// tipa.or.kr 알림마당 > 기정원소식 (`/s040101/index/page/N`, 10 rows a page; CodeIgniter): the `table.basic_table`
/// captioned `…기정원소식 리스트` with 번호 | 파일 | 제목 (`td.subject a[href='/s040101/view/page/1/id/<id>'][title]`) |
/// 작성자 | 조회수 | 작성일. Every row is a TIPA post and becomes a detail request keyed by the post id. Without its
/// session cookie and Referer the site answers HTTP 200 with a script alert and no table: `blocked_marker` reports it,
/// and a page without rows that does not say the board is empty is a layout change, never "no announcements".
struct TIPANoticeListParser: SourceParser {
    static let name = "tipa_notice_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "link", "title"],
        optional: ["posted", "page_count", "empty_marker", "error_marker", "blocked_marker"])

    /// Row fields passed on to the detail page as they are.
    static let contextRules = ["posted"]

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let rows = try reader.rows()
        var result = ParseResult()
        var linked = 0
        for row in rows {
            let href = try reader.text("link", in: row)
            guard let link = href.flatMap({ TIPANoticeLink(href: $0, base: page.url) }) else {
                result.problems.append(
                    ParseProblem(field: "link", message: "row without a post link (\(href ?? "none"))"))
                continue
            }
            linked += 1
            var context = ["id": link.id]
            if let title = try reader.text("title", in: row).map(TitleText.clean), !title.isEmpty {
                context["title"] = title
            } else {
                result.problems.append(ParseProblem(field: "title", message: "row without a title", item: link.id))
            }
            for name in Self.contextRules {
                if let value = try reader.text(name, in: row) { context[name] = value }
            }
            guard let detail = source.detailSource else {
                result.skipWithoutDetail(id: link.id, shown: context)
                continue
            }
            result.follow(FollowUpRequest(source: detail, url: link.url, context: context))
        }
        if !rows.isEmpty, linked == 0 {
            throw reader.layoutChanged("link", "no row of the list links to a post")
        }
        result.pageCount = try reader.text("page_count").flatMap(Self.lastPage)
        return result
    }

    /// The pager's 마지막으로 link `/s040101/index/page/186` → 186 (the board number `040101` is not a page count).
    static func lastPage(_ href: String) -> Int? {
        let path = href.split(separator: "?").first.map(String.init) ?? href
        guard let last = path.split(separator: "/").last, last.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int(String(last))
    }
}
