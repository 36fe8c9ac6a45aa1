/// NTIS list (`mng.do`): a `table.basic_list` whose rows carry the roRndUid in a checkbox and the fields in
/// `data-title` cells. Rows of our agencies' ministries become detail requests; the rest are counted as skipped and
/// listed in `rows` with their roRndUid, so the crawler remembers them too.
struct NTISListParser: SourceParser {
    static let name = "ntis_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "id", "title", "ministry", "link"],
        optional: ["status", "start", "end", "empty_marker", "error_marker", "blocked_marker", "page_count"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        var result = ParseResult()
        for row in try reader.rows() {
            guard let id = try reader.text("id", in: row), let title = try reader.text("title", in: row) else {
                result.problems.append(ParseProblem(field: "id/title", message: "row without id or title"))
                continue
            }
            let ministry = try reader.text("ministry", in: row) ?? ""
            var shown = ["id": id, "title": title, "ministry": ministry]
            for name in ["status", "start", "end"] {
                if let value = try reader.text(name, in: row) { shown[name] = value }
            }
            guard NTISParsers.ourMinistries.contains(ministry) else {
                result.skip(id: id, shown: shown)
                continue
            }
            guard let detail = source.detailSource else {
                result.skipWithoutDetail(id: id, shown: shown)
                continue
            }
            let href = try reader.text("link", in: row)
            let url =
                href.flatMap { URLText.absolute($0, base: page.url) }
                ?? "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=\(id)&flag=rndList"
            result.follow(FollowUpRequest(source: detail, url: url, context: shown))
        }
        if let count = try reader.text("page_count") { result.pageCount = Int(count.filter(\.isNumber)) }
        return result
    }
}
