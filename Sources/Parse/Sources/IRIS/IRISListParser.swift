/// IRIS list (`POST /contents/retrieveBsnsAncmBtinSituList.do`, form `ancmPrg` + `pageIndex`, any of the three tabs):
/// JSON rows whose `sorgnNm` names the announcing agency. Our four agencies' rows — test junk included, which the
/// detail parser classifies — become detail requests carrying what the row said; other agencies' rows are counted
/// as skipped and listed in `rows` with their ancmId, so the crawler remembers them too. The same rows rendered by
/// the list screen (`retrieveBsnsAncmBtinSituListView.do`, the crawl's warm-up page) are read by `IRISListScreen`.
struct IRISListParser: SourceParser {
    static let name = "iris_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "id", "title", "agency"],
        optional: [
            "ministry", "number", "posted", "start", "end", "status", "status_code", "call_type", "page_count",
            "current_page", "total_count",
        ])

    /// Row fields passed on to the detail request, by rule name.
    static let contextRules = ["ministry", "number", "posted", "start", "end", "status", "call_type"]

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        if IRISLinks.isListScreen(page.url) { return try IRISListScreen(page, source: source).parse() }
        let list = try IRISJSONList.read(page, source: source)
        let pageCount = list.integer("page_count")
        guard !list.rows.isEmpty else {
            try list.checkNotWronglyEmpty()
            return ParseResult(pageCount: pageCount)
        }
        var result = ParseResult(pageCount: pageCount)
        let requestedTab = IRISTab(parameter: IRISLinks.queryValue("ancmPrg", in: page.url))
        var unreadable = 0
        for row in list.rows {
            guard let id = list.text("id", in: row), let title = list.text("title", in: row) else {
                unreadable += 1
                result.problems.append(ParseProblem(field: "id/title", message: "row without ancmId or title"))
                continue
            }
            var shown = ["id": id, "title": TitleText.clean(title)]
            shown["agency"] = list.text("agency", in: row)
            for name in Self.contextRules {
                if let value = list.text(name, in: row) { shown[name] = value }
            }
            if source.filterToOurAgencies, shown["agency"].flatMap(Agency.named) == nil {
                result.skip(id: id, shown: shown)
                continue
            }
            let tab =
                requestedTab ?? IRISTab(statusWord: list.text("status", in: row))
                ?? IRISTab(statusWord: list.text("status_code", in: row))
                ?? IRISTab(parameter: source.parameters["ancmPrg"])
            var context = shown
            context["tab"] = tab?.rawValue
            guard let request = IRISFollowUp.detail(id: id, tab: tab, context: context, page: page, source: source)
            else {
                result.skipWithoutDetail(id: id, shown: shown)
                continue
            }
            // The tab is left out of the row's digest: it comes from the requested page when there is one.
            result.follow(request, shown: shown)
        }
        if unreadable == list.rows.count {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url,
                selector: "id = \(source.rules["id"] ?? ""), title = \(source.rules["title"] ?? "")",
                message: "no row has an id and a title")
        }
        return result
    }
}
