import Foundation
import HTMLQuery

/// IRIS detail (`retrieveBsnsAncmView.do?ancmId=…&ancmPrg=…`): `div.tstyle_view` with the title, the label/value list
/// `ul.head > li > strong + span` (공고번호, 공고일자, 소관부처, 전문기관, 공모유형, 접수기간, 기술분야, 담당부서,
/// 사업담당자, 연락처 …), the body in `div.tb_contents` (HWP-editor `se-contents` or plain `content`) and
/// `f_bsnsAncm_downloadAtchFile(…)` attachments. 전문기관 decides the agency; another agency's call is skipped.
struct IRISDetailParser: SourceParser {
    static let name = "iris_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["title", "labels", "label", "body", "attachments"],
        optional: ["attachment_name", "form_id", "form_tab", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        guard let heading = try reader.text("title") else {
            throw reader.layoutChanged("title", "no announcement title on a detail page")
        }
        let labels = LabelValues.pairs(try reader.nodes("labels"), labelPath: source.rules["label"] ?? "strong")
        guard !labels.isEmpty else { throw reader.layoutChanged("labels", "no label/value list on a detail page") }
        let announcingAgency = Self.value(labels["전문기관"]) ?? page.listContext["agency"]
        let agency = announcingAgency.flatMap(Agency.named)
        if source.filterToOurAgencies, agency == nil { return ParseResult(skipped: 1) }
        guard let id = try Self.id(page, reader: reader) else {
            throw reader.layoutChanged("form_id", "no ancmId in the URL, the list row or the page's form")
        }
        let tab = try Self.tab(page, reader: reader, status: labels["공고상태"])

        let title = TitleText.clean(heading)
        var program = Program(agency: agency, source: source.id, sourceID: id, title: title)
        program.announcingAgency = announcingAgency
        program.ministry = Self.value(labels["소관부처"]) ?? page.listContext["ministry"]
        program.announcementNumber =
            labels["공고번호"].map { AnnouncementNumber.normalize($0) }
            ?? AnnouncementNumber.normalize(page.listContext["number"])
        program.callType = Self.callType(labels["공모유형"] ?? page.listContext["call_type"])
        program.postedOn = (labels["공고일자"] ?? page.listContext["posted"]).flatMap { DateText.date($0)?.date }
        program.fields = Self.fields(labels["기술분야"])

        var problems: [ParseProblem] = []
        if let written = Self.value(labels["접수기간"]) {
            if let period = PeriodText.parse(written) {
                program.period = period
            } else {
                program.period = ApplicationPeriod(text: written)
                problems.append(ParseProblem(field: "접수기간", message: "not a period: \(written)", item: id))
            }
        }
        let body = try reader.nodes("body").first.map(BodyText.of)
        let classification = KindRules.classify(title: title, body: body, callType: program.callType)
        program.kind = classification.kind
        program.kindRule = classification.rule
        if let body {
            program.bodyText = body
            program.budget = BudgetText.find(in: body)
            program.eligibility = EligibilityText.analyze(body)
            program.trl = TRLText.range(in: body)
        } else {
            problems.append(ParseProblem(field: "body", message: "no announcement body", item: id))
        }
        program.attachments = try Self.attachments(reader: reader, page: page, problems: &problems)
        program.contact = Self.contact(labels, body: body)
        program.detailURL = IRISLinks.detail(id: id, tab: tab, base: page.url)
        return ParseResult(programs: [program], problems: problems)
    }

    /// The call's `ancmId`: from the URL, else from the list row that led here, else from the hidden form every
    /// IRIS page carries (the site reaches details by POSTing it).
    static func id(_ page: FetchedPage, reader: PageReader) throws(ParseFailure) -> String? {
        if let id = IRISLinks.queryValue("ancmId", in: page.url) ?? page.listContext["id"] { return id }
        return try reader.text("form_id")
    }

    /// The tab for the canonical URL: the one requested, else the list's, else the form's, else the status shown.
    static func tab(_ page: FetchedPage, reader: PageReader, status: String?) throws(ParseFailure) -> IRISTab? {
        let formTab = try reader.text("form_tab")
        return IRISTab(parameter: IRISLinks.queryValue("ancmPrg", in: page.url))
            ?? IRISTab(parameter: page.listContext["tab"]) ?? IRISTab(parameter: formTab) ?? IRISTab(statusWord: status)
    }

    /// 공모유형 as registered; `미등록` (not registered) and placeholders mean none.
    static func callType(_ text: String?) -> String? {
        guard let value = value(text), value.filter({ !$0.isWhitespace }) != "미등록" else { return nil }
        return value
    }

    /// 기술분야 `인공지능, 통신·네트워크` → its entries, in page order.
    static func fields(_ text: String?) -> [String] {
        guard let text = value(text) else { return [] }
        return text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A label's value, nil when empty or a placeholder (`-`).
    static func value(_ text: String?) -> String? {
        guard let text = text?.trimmingSpaces(), !text.isEmpty,
            !text.allSatisfy({ "-–—".contains($0) })
        else { return nil }
        return text
    }
}
