/// KIMST 공지사항 (`/u/news/notice_01/board.do?page=N`): `table.table-list` rows of 번호 (always `공지`) / 제목 / 일자 /
/// 조회, the title link a relative `?type=view&bno=…` query string. The board mixes KIMST's own calls with hiring,
/// events and other notices; the list cannot tell them apart, so every row is followed and the detail parser
/// classifies it. The cells are glued together without whitespace, so the date is read from its own cell, never from
/// the row's text.
struct KIMSTNoticeListParser: SourceParser {
    static let name = "kimst_notice_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "link", "empty_marker"],
        optional: ["posted", "page_count", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let rows = try reader.rows()
        var result = ParseResult(pageCount: try KIMSTBoardPaging.pageCount(reader))
        var unreadable = 0
        for row in rows {
            let link = try reader.nodes("link", in: row).first
            let title = link.map { TitleText.clean($0.text) } ?? ""
            guard let link,
                let bno = KIMSTBoardLinks.id(
                    parameter: "bno", href: link.attribute("href"), onclick: link.attribute("onclick")),
                !title.isEmpty
            else {
                unreadable += 1
                result.problems.append(ParseProblem(field: "link", message: "row without a bno link or title"))
                continue
            }
            var context = ["id": bno, "title": title]
            context["posted"] = try reader.text("posted", in: row)
            guard let detail = source.detailSource else {
                result.skipWithoutDetail(id: bno, shown: context)
                continue
            }
            result.follow(
                FollowUpRequest(
                    source: detail, url: KIMSTBoardLinks.article(bno: bno, pageURL: page.url), context: context))
        }
        if !rows.isEmpty, unreadable == rows.count {
            throw reader.layoutChanged("link", "no row has a bno link and a title")
        }
        return result
    }
}
