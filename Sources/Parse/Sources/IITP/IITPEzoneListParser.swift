import Foundation

/// The ezone board (`/common/anno/list?cPage=N`, rows `ul.basic_bbs > li.clearfix`) and the main page's 접수중 tab
/// (`div#main_01 li`): every row opens its detail with `post_to_url('/common/anno/0N/form.tab?…ID=…', 'post')`, so
/// the id and the detail URL come from that call. All rows are IITP's; each becomes a detail request with what the
/// row says (title, 공고유형, 접수기간, 진행상태, 등록일) as context.
struct IITPEzoneListParser: SourceParser {
    static let name = "iitp_ezone_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "link", "title"],
        optional: [
            "category", "period", "status", "posted", "page_count", "empty_marker", "error_marker", "blocked_marker",
        ])

    /// Row fields passed on to the detail page as they are.
    static let contextRules = ["category", "status", "posted"]

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let rows = try reader.rows()
        var result = ParseResult()
        for row in rows {
            guard let link = try reader.text("link", in: row),
                let detail = IITPEzoneForm.detail(link: link, base: page.url)
            else {
                result.problems.append(ParseProblem(field: "link", message: "row without a form.tab link"))
                continue
            }
            var context = ["id": detail.id]
            if let title = try reader.text("title", in: row) {
                context["title"] = TitleText.clean(title)
            } else {
                result.problems.append(ParseProblem(field: "title", message: "row without a title", item: detail.id))
            }
            for name in Self.contextRules {
                if let value = try reader.text(name, in: row) { context[name] = value }
            }
            if let period = try reader.text("period", in: row).map(Self.withoutLabel), !period.isEmpty {
                context["period"] = period
            }
            guard let detailSource = source.detailSource else {
                result.skipWithoutDetail(id: detail.id, shown: context)
                continue
            }
            result.follow(FollowUpRequest(source: detailSource, url: detail.url, context: context))
        }
        if !rows.isEmpty, result.problems.count(where: { $0.field == "link" }) == rows.count {
            throw reader.layoutChanged("link", "no row has a form.tab link")
        }
        result.pageCount = try reader.text("page_count").flatMap(Self.lastPage)
        return result
    }

    /// `접수기간2026-11-17 ~ 2026-12-08` (the main page's `b.date_tit` label run into the value) → the value.
    static func withoutLabel(_ text: String) -> String {
        guard let first = text.firstIndex(where: { $0.isASCII && ($0.isNumber || $0 == "-") }) else { return text }
        return String(text[first...]).trimmingSpaces()
    }

    /// The board's counter `[1/3 페이지]` (`[-/3 페이지]` past the end) → 3.
    static func lastPage(_ counter: String) -> Int? {
        guard let slash = counter.lastIndex(of: "/") else { return Int(counter.filter(\.isNumber)) }
        return Int(String(counter[counter.index(after: slash)...].drop { $0 == " " }.prefix { $0.isNumber }))
    }
}
