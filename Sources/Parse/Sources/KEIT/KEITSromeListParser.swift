import HTMLQuery

/// S-Rome 과제공고 list (`GET /srome/biz/perform/opnnPrpsl/retrieveTaskAnncmListView.do?prgmId=XPG201040000`): a div
/// layout, one `div.table_box` per call with the title link (`f_detail('I26077', '2026')` in an onclick, or in a
/// `javascript:` href), and `div.info` label/value lines (접수기간 with times, 등록일).
///
/// S-Rome's detail page is unverified (partly an iframe, SITES.md §2.3) and the same call's full 공고문 is read from
/// itech under the same source id, so this list is read on its own: each box becomes a program with what it states
/// (title, period, posting day) and the S-Rome detail URL. The status and D-day badges are not read: they are a
/// snapshot, and the status is derived from the period. An empty page must say so (`p.no_data`); otherwise finding
/// no box is a layout change.
struct KEITSromeListParser: SourceParser {
    static let name = "keit_srome_list"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["rows", "link", "title", "info", "label"],
        optional: ["empty_marker", "error_marker", "blocked_marker", "page_count"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let rows = try reader.rows()
        var result = ParseResult(pageCount: Self.pageCount(try reader.text("page_count")))
        for row in rows {
            guard let link = try reader.nodes("link", in: row).first,
                let call = KEITCallID(script: (link.attribute("onclick") ?? "") + " " + (link.attribute("href") ?? "")),
                let title = try reader.text("title", in: row) ?? Self.nonEmpty(link.text)
            else {
                result.problems.append(
                    ParseProblem(field: "link/title", message: "box without f_detail(ancmId, bsnsYy) or title"))
                continue
            }
            let info = LabelValues.pairs(try reader.nodes("info", in: row), labelPath: source.rules["label"] ?? "")
            var program = Program(
                agency: .keit, source: source.id, sourceID: call.sourceID, title: TitleText.clean(title))
            program.postedOn = info["등록일"].flatMap { DateText.date($0)?.date }
            if let text = info["접수기간"] {
                if let period = PeriodText.parse(text, referenceYear: program.postedOn?.year) {
                    program.period = period
                } else {
                    result.problems.append(
                        ParseProblem(field: "접수기간", message: "unreadable period '\(text)'", item: call.sourceID))
                }
            }
            let classification = KindRules.classify(title: program.title, body: nil, callType: nil)
            program.kind = classification.kind
            program.kindRule = classification.rule
            program.detailURL = KEITLinks.sromeDetail(call, base: page.url)
            result.programs.append(program)
            // The row as the crawler remembers it: the box's own text (title, 접수기간, 등록일 by label).
            let shown = info.merging(["id": call.sourceID, "title": program.title]) { _, own in own }
            result.remember(ListRow(id: call.sourceID, shown: shown))
        }
        if !rows.isEmpty && result.programs.isEmpty {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url,
                selector: "link = \(source.rules["link"] ?? ""), title = \(source.rules["title"] ?? "")",
                message: "no box has an f_detail(ancmId, bsnsYy) link and a title")
        }
        return result
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// `페이지 1 / 2` → 2.
    static func pageCount(_ text: String?) -> Int? {
        guard let text, let slash = text.range(of: "/", options: .backwards) else { return nil }
        return Int(text[slash.upperBound...].drop { $0.isWhitespace }.prefix { $0.isNumber })
    }
}
