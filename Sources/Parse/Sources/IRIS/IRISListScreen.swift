import HTMLQuery

/// The IRIS list screen (`GET /contents/retrieveBsnsAncmBtinSituListView.do`): one page of a tab rendered on the
/// server as `ul.dbody > li`, each with `span.inst_title` ("부처 > 전문기관"), a title link whose
/// `onclick="f_bsnsAncmBtinSituListForm_view('026199','ancmPre')"` carries the id and the tab, and `div.etc_info`
/// spans labelled by `<em>공고번호 :</em>` …. It shows the API's rows, so it is read as part of `iris.list`.
///
/// Its selectors are `[sources.screen_rules]` of `iris.list` in agencies/iris.toml (that source's own rules are JSON
/// key paths); what stays here is structure rules cannot express: the view function's arguments, the "부처 > 전문기관"
/// split and the labels' meaning.
struct IRISListScreen: ListScreenReading {
    /// The screen rules this reader needs; all required, since no selector has a default in Swift.
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "list", "link", "institution", "details", "label", "total", "page_number", "error_marker"])
    static let viewCall = "f_bsnsAncmBtinSituListForm_view"

    /// `etc_info` labels → the `iris.list` rule names the JSON rows use, so a detail request's context reads the same
    /// from either page.
    static let labelRules = ["공고번호": "number", "공고일자": "posted", "공고상태": "status", "공모유형": "call_type"]

    let page: FetchedPage
    let source: SourceConfig
    let document: HTMLDocument

    init(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) {
        self.page = page
        self.source = source
        document = try PageReader(page, source: source).document
    }

    func parse() throws(ParseFailure) -> ParseResult {
        if try !select("error_marker").isEmpty {
            throw ParseFailure(
                code: .errorPage, source: source.id, url: page.url, selector: try selector("error_marker"),
                message: "the site answered an error page instead of the list screen")
        }
        var result = ParseResult(pageCount: try pageCount())
        let rows = try select("rows")
        var linked = 0
        for row in rows {
            guard let item = try entry(row) else {
                result.problems.append(ParseProblem(field: "id/title", message: "list item without \(Self.viewCall)"))
                continue
            }
            linked += 1
            let (ministry, agency) = try institution(row)
            var shown = ["id": item.id, "title": item.title]
            shown["agency"] = agency
            shown["ministry"] = ministry
            let labels = LabelValues.pairs(try select("details", in: row), labelPath: try rule("label"))
            for (label, name) in Self.labelRules {
                if let value = labels[label], !value.isEmpty { shown[name] = value }
            }
            if source.filterToOurAgencies, agency.flatMap(Agency.named) == nil {
                result.skip(id: item.id, shown: shown)
                continue
            }
            var context = shown
            context["tab"] = item.tab?.rawValue
            guard
                let request = IRISFollowUp.detail(
                    id: item.id, tab: item.tab, context: context, page: page, source: source)
            else {
                result.skipWithoutDetail(id: item.id, shown: shown)
                continue
            }
            // The tab is left out of the row's digest, as on the JSON list, where it can come from the page URL.
            result.follow(request, shown: shown)
        }
        if linked == 0 {
            guard try saysEmpty(rows) else {
                throw ParseFailure(
                    code: .layoutChanged, source: source.id, url: page.url, selector: try selector("rows", "link"),
                    message: "the list screen has no readable announcement although it does not say it is empty")
            }
            return ParseResult(pageCount: result.pageCount)
        }
        return result
    }

    /// Id, tab and title of one item, from its title link's `onclick`; nil when the item has no such link.
    func entry(_ row: HTMLNode) throws(ParseFailure) -> (id: String, tab: IRISTab?, title: String)? {
        guard let link = try select("link", in: row).first,
            let arguments = ScriptCall.arguments(of: Self.viewCall, in: link.attribute("onclick") ?? ""),
            let id = arguments.first, !id.isEmpty
        else { return nil }
        let title = TitleText.clean(link.text)
        guard !title.isEmpty else { return nil }
        return (id: id, tab: IRISTab(parameter: arguments.dropFirst().first), title: title)
    }

    /// "과학기술정보통신부 > 정보통신기획평가원" → (ministry, agency); an empty ministry (미등록 rows) is nil.
    func institution(_ row: HTMLNode) throws(ParseFailure) -> (String?, String?) {
        guard let text = try select("institution", in: row).first?.text else { return (nil, nil) }
        let parts = text.split(separator: ">", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces() }
        let agency = parts.last.flatMap { $0.isEmpty ? nil : $0 }
        let ministry = parts.count > 1 ? parts.first.flatMap { $0.isEmpty ? nil : $0 } : nil
        return (ministry, agency)
    }

    /// A screen without announcements is an empty tab only when it says so: `ul.dbody` is there and holds nothing
    /// or a single "… 없습니다" line, or the count reads `전체 0 건`.
    func saysEmpty(_ rows: [HTMLNode]) throws(ParseFailure) -> Bool {
        guard try !select("list").isEmpty else { return false }
        if let total = try select("total").first?.text, Int(total.filter(\.isNumber)) == 0 { return true }
        return rows.isEmpty || (rows.count == 1 && rows[0].text.contains("없습니다"))
    }

    /// "현재 페이지 1 / 2" → 2.
    func pageCount() throws(ParseFailure) -> Int? {
        guard let text = try select("page_number").first?.text,
            let slash = text.lastIndex(of: "/")
        else { return nil }
        return Int(text[text.index(after: slash)...].filter(\.isNumber))
    }
}
