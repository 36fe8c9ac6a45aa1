/// itech 지원사업공고 list: the JSON the list screen loads (`POST /bsnsancm/retrieveSprtBsnsAncmListJson.do`, form
/// `bsnsYy=&pageIndex=N`, 15 rows a page, all years newest first). Every row — the 의향조사 noise row, 설명회 and test
/// junk included, which the detail parser classifies — becomes a request for its detail page with what the row said.
/// When the endpoint answers HTML instead, the list screen it belongs to is read by `KEITItechListScreen`; any other
/// page is a failure, and an empty list is accepted only where `paginationInfo` says the pages have run out.
struct KEITItechListParser: SourceParser {
    static let name = "keit_itech_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "id", "year", "title"],
        optional: [
            "number", "posted", "start", "end", "status", "page_count", "current_page", "total_count", "error_message",
        ])

    /// Row fields passed on to the detail request, by rule name.
    static let contextRules = ["number", "posted", "start", "end", "status"]

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let body = KEITResponseBody.content(of: page.bytes)
        guard !body.isEmpty else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "an empty body where the JSON announcement list was expected")
        }
        if body.first == UInt8(ascii: "<") { return try KEITItechListScreen(page, source: source).parse() }
        let list = try JSONListPage(page, source: source, body: body, errorKeys: KEITItechJSONList.errorKeys)
        var result = ParseResult(pageCount: list.integer("page_count"))
        var unreadable = 0
        guard !list.rows.isEmpty else {
            try list.checkNotWronglyEmpty()
            return result
        }
        for row in list.rows {
            guard let call = KEITCallID(ancmID: list.text("id", in: row), year: list.text("year", in: row)),
                let title = list.text("title", in: row)
            else {
                unreadable += 1
                result.problems.append(
                    ParseProblem(field: "id/year/title", message: "row without ancmId, bsnsYy or title"))
                continue
            }
            var context: [String: String] = [:]
            for name in Self.contextRules {
                if let value = list.text(name, in: row) { context[name] = value }
            }
            guard
                let request = KEITItechFollowUp.detail(call, title: title, context: context, page: page, source: source)
            else {
                result.skipWithoutDetail(
                    id: call.sourceID, shown: KEITItechFollowUp.shown(call, title: title, context: context))
                continue
            }
            result.follow(request)
        }
        if unreadable == list.rows.count {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url,
                selector: ["id", "year", "title"].map { "\($0) = \(source.rules[$0] ?? "")" }.joined(separator: ", "),
                message: "no row has an ancmId, a bsnsYy and a title")
        }
        return result
    }
}
