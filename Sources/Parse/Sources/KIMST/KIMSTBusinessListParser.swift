import Foundation

/// KIMST 사업공고 (`/u/news/inform_01/pjtAnuc.do?page=N`): a mirror of KIMST's IRIS calls. Each row's title link (the
/// 2nd cell in every version seen) opens the IRIS detail page (`retrieveBsnsAncmView.do?ancmId=…[&ancmPrg=…]`,
/// new window); KIMST has no detail page of its own for these rows. Every row becomes a request for the source's
/// `detail` (`iris.detail`, defined in agencies/iris.toml: the loader checks `detail` across files), with the IRIS
/// ancmId as its id and what the row says (공고번호, 공고일, 접수기간) as context.
struct KIMSTBusinessListParser: SourceParser {
    static let name = "kimst_business_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "link", "empty_marker"],
        optional: ["number", "posted", "period", "page_count", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let rows = try reader.rows()
        var result = ParseResult(pageCount: try KIMSTBoardPaging.pageCount(reader))
        var unreadable = 0
        for row in rows {
            let link = try reader.nodes("link", in: row).first
            let title = link.map { TitleText.clean($0.text) } ?? ""
            let href = link?.attribute("href")
            guard let link, let href, let url = URLText.absolute(href, base: page.url),
                let id = KIMSTBoardLinks.id(parameter: "ancmId", href: href, onclick: link.attribute("onclick")),
                !title.isEmpty
            else {
                unreadable += 1
                result.problems.append(ParseProblem(field: "link", message: "row without an IRIS ancmId link or title"))
                continue
            }
            var context = ["id": id, "title": title, "agency": KIMSTParsers.agencyName]
            context["tab"] = KIMSTBoardLinks.queryValue("ancmPrg", in: href)
            context["number"] = try reader.text("number", in: row)
            context["posted"] = try reader.text("posted", in: row)
            if let period = try reader.text("period", in: row) {
                context["period"] = period
                let ends = period.split(separator: "~", maxSplits: 1).map { $0.trimmingSpaces() }
                if ends.count == 2 {
                    context["start"] = ends[0]
                    context["end"] = ends[1]
                }
            }
            guard let detail = source.detailSource else {
                result.skipWithoutDetail(id: id, shown: context)
                continue
            }
            result.follow(FollowUpRequest(source: detail, url: URLText.canonical(url), context: context))
        }
        if !rows.isEmpty, unreadable == rows.count {
            throw reader.layoutChanged("link", "no row has an IRIS link with an ancmId")
        }
        return result
    }
}
