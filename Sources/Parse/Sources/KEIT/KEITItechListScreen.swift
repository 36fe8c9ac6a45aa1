import HTMLQuery

/// The itech list screen (`GET /bsnsancm/retrieveSprtBsnsAncmList.do`, the current year's first page, rendered on the
/// server): `table.table-response01 tbody tr` rows whose title link opens the detail with
/// `onclick="f_detailPage('I26077','2026')"`. The JSON endpoint shows the same rows, and answers this screen when it
/// will not serve JSON, so it is read as part of `keit.itech.list`.
///
/// Its selectors are `[sources.screen_rules]` of `keit.itech.list` in agencies/keit.toml (that source's own rules are
/// JSON key paths); what stays here is structure: the `f_detailPage` arguments, and cells matched to their column
/// heading (공고일, 접수기간, 접수상태) by position in the row, not by a fixed index.
struct KEITItechListScreen: ListScreenReading {
    /// The screen rules this reader needs; all required, since no selector has a default in Swift.
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["table", "rows", "headings", "cells", "link", "total", "error_marker"])
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
        if try !select("error_marker").isEmpty {
            throw ParseFailure(
                code: .errorPage, source: source.id, url: page.url, selector: try selector("error_marker"),
                message: "the site answered an error page instead of the announcement list")
        }
        guard try !select("table").isEmpty else {
            let title = (try? document.text("//title")).flatMap { $0 } ?? ""
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url, selector: try selector("table"),
                message: "an HTML page (\"\(title)\") that is neither the JSON list nor the list screen")
        }
        let columns = try columnRules()
        var result = ParseResult(pageCount: try pageCount())
        var saysEmpty = false
        for row in try select("rows") {
            guard let link = try select("link", in: row).first,
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
            let cells = try select("cells", in: row)
            var context: [String: String] = [:]
            for (index, rule) in columns where index < cells.count && !cells[index].text.isEmpty {
                context[rule] = cells[index].text
            }
            guard
                let request = KEITItechFollowUp.detail(
                    call, title: link.text, context: context, page: page, source: source)
            else {
                result.skipWithoutDetail(
                    id: call.sourceID, shown: KEITItechFollowUp.shown(call, title: link.text, context: context))
                continue
            }
            result.follow(request)
        }
        if result.followUps.isEmpty && result.skipped == 0 && !saysEmpty {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url, selector: try selector("rows", "link"),
                message: "the list screen has no row with a detail link although it does not say the list is empty")
        }
        return result
    }

    /// Column index → rule name, from the table's headings.
    private func columnRules() throws(ParseFailure) -> [Int: String] {
        var columns: [Int: String] = [:]
        for (index, heading) in try select("headings").enumerated() {
            if let name = Self.columnRules[LabelValues.normalizeLabel(heading.text)] { columns[index] = name }
        }
        return columns
    }

    /// `전체 16건 (1/2 페이지)` → 2.
    private func pageCount() throws(ParseFailure) -> Int? {
        guard let total = try select("total").first?.text,
            let slash = total.range(of: "/", options: .backwards)
        else { return nil }
        return Int(total[slash.upperBound...].drop { $0.isWhitespace }.prefix { $0.isNumber })
    }
}
