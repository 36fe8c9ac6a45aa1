import HTMLQuery

/// The itech list screen (`GET /bsnsancm/retrieveSprtBsnsAncmList.do`, the current year's first page, rendered on the
/// server): `table.table-response01 tbody tr` rows whose title link opens the detail with
/// `onclick="f_detailPage('I26077','2026')"`. The JSON endpoint shows the same rows, and answers this screen when it
/// will not serve JSON, so it is read as part of `keit.itech.list`.
///
/// Its selectors live here, not in the agency file: `keit.itech.list` is a JSON source, whose rules are key paths
/// (the config checker rejects XPath there). They follow SITES.md §2.2. Other cells are found by their column
/// heading (공고일, 접수기간, 접수상태), not by position.
struct KEITItechListScreen {
    static let table = "//table[contains(concat(' ', normalize-space(@class), ' '), ' table-response01 ')]"
    static let rows = table + "/tbody/tr"
    static let headings = table + "/thead//th"
    static let link = ".//a[contains(@onclick, 'f_detailPage') or contains(@href, 'f_detailPage')]"
    static let total = "//p[contains(concat(' ', normalize-space(@class), ' '), ' total ')]"
    static let errorBox = "//div[contains(concat(' ', normalize-space(@class), ' '), ' error_box ')]"
    /// Column headings → the `keit.itech.list` rule names the JSON rows use, so a detail request's context reads the
    /// same from either page (the screen's 접수기간 is one `start ~ end` cell).
    static let columnRules = ["공고일": "posted", "접수기간": "period", "접수상태": "status"]
    /// What the screen's single cell says when a year has no announcement.
    static let emptyWords = ["없습니다", "데이터가 없", "결과가 없"]

    let page: FetchedPage
    let source: SourceConfig
    let document: HTMLDocument

    init(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) {
        self.page = page
        self.source = source
        document = try PageReader(page, source: source).document
    }

    /// Follow-ups for the screen's rows; a failure for an error page, a page without the list table, or a table whose
    /// rows have no detail link although they do not say the list is empty.
    func parse() throws(ParseFailure) -> ParseResult {
        if try !select(Self.errorBox).isEmpty {
            throw ParseFailure(
                code: .errorPage, source: source.id, url: page.url, selector: Self.errorBox,
                message: "the site answered an error page instead of the announcement list")
        }
        guard try !select(Self.table).isEmpty else {
            let title = (try? document.text("//title")).flatMap { $0 } ?? ""
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url, selector: Self.table,
                message: "an HTML page (\"\(title)\") that is neither the JSON list nor the list screen")
        }
        let columns = try columnRules()
        var result = ParseResult(pageCount: try pageCount())
        var saysEmpty = false
        for row in try select(Self.rows) {
            guard let link = try select(Self.link, in: row).first,
                let call = KEITCallID(script: (link.attribute("onclick") ?? "") + " " + (link.attribute("href") ?? "")),
                !link.text.isEmpty
            else {
                if Self.emptyWords.contains(where: { row.text.contains($0) }) {
                    saysEmpty = true
                } else {
                    result.problems.append(
                        ParseProblem(field: "link", message: "row without f_detailPage(ancmId, bsnsYy)"))
                }
                continue
            }
            let cells = try select("td", in: row)
            var context: [String: String] = [:]
            for (index, rule) in columns where index < cells.count && !cells[index].text.isEmpty {
                context[rule] = cells[index].text
            }
            guard
                let request = KEITItechFollowUp.detail(
                    call, title: link.text, context: context, page: page, source: source)
            else {
                result.skipped += 1
                result.problems.append(
                    ParseProblem(field: "detail", message: "no detail source to follow", item: call.sourceID))
                continue
            }
            result.followUps.append(request)
        }
        if result.followUps.isEmpty && result.skipped == 0 && !saysEmpty {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url, selector: "\(Self.rows) \(Self.link)",
                message: "the list screen has no row with a detail link although it does not say the list is empty")
        }
        return result
    }

    /// Column index → rule name, from the table's headings.
    private func columnRules() throws(ParseFailure) -> [Int: String] {
        var columns: [Int: String] = [:]
        for (index, heading) in try select(Self.headings).enumerated() {
            if let rule = Self.columnRules[LabelValues.normalizeLabel(heading.text)] { columns[index] = rule }
        }
        return columns
    }

    /// `전체 16건 (1/2 페이지)` → 2.
    private func pageCount() throws(ParseFailure) -> Int? {
        guard let total = try select(Self.total).first?.text,
            let slash = total.range(of: "/", options: .backwards)
        else { return nil }
        return Int(total[slash.upperBound...].drop { $0.isWhitespace }.prefix { $0.isNumber })
    }

    private func select(_ expression: String, in node: HTMLNode? = nil) throws(ParseFailure) -> [HTMLNode] {
        do {
            if let node { return try node.select(expression) }
            return try document.select(expression)
        } catch {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url, selector: expression, message: error.message)
        }
    }
}
