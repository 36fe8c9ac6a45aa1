import Foundation
import HTMLQuery

/// An ezone detail (`/common/anno/0N/form.tab?…ID=…`): the title in `div.view_head h4.view_tit`, a `th`/`td` table
/// (`table.tbl_view`: 공고번호, 공모유형, 소관부처, 전담기관, 공고일/게시일, 접수기간, 지원규모, 기술분야/조사분야,
/// 담당부서, 담당자, 전화번호, 이메일), the editor body in `div.bbs_view_cnt` and `fn_egov_downFile('FILE_…','N')`
/// attachments. The 01 form (수요조사/안내) states neither ministry nor agency: ezone is IITP's, so they are IITP's.
struct IITPEzoneDetailParser: SourceParser {
    static let name = "iitp_ezone_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["title", "labels", "body", "attachments"],
        optional: ["value", "id", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        guard let heading = try reader.text("title") else {
            throw reader.layoutChanged("title", "no announcement title on a detail page")
        }
        let labels = LabelValues.adjacent(
            try reader.nodes("labels"), valuePath: source.rules["value"] ?? "following-sibling::*[1]")
        guard !labels.isEmpty else { throw reader.layoutChanged("labels", "no label/value cells on a detail page") }
        guard let (id, detailURL) = try Self.identity(page, reader: reader) else {
            throw reader.layoutChanged("id", "no announcement id in the URL, the page's form or the list row")
        }

        let title = TitleText.clean(heading)
        let announcingAgency = Self.value(labels["전담기관"]) ?? IITPParsers.announcingAgency
        var program = Program(
            agency: Agency.named(announcingAgency) ?? .iitp, source: source.id, sourceID: id, title: title)
        program.ministry = Self.value(labels["소관부처"]) ?? IITPParsers.ministry
        program.announcingAgency = announcingAgency
        program.callType = Self.value(labels["공모유형"])
        program.postedOn = (Self.value(labels["공고일"]) ?? Self.value(labels["게시일"]) ?? page.listContext["posted"])
            .flatMap { DateText.date($0)?.date }
        program.fields = Self.fields(Self.value(labels["기술분야"]) ?? Self.value(labels["조사분야"]))
        program.contact = Self.contact(labels)
        program.detailURL = detailURL

        let body = try reader.nodes("body").first.map(BodyText.of)
        program.bodyText = body
        program.announcementNumber =
            AnnouncementNumber.normalize(labels["공고번호"]) ?? body.flatMap { AnnouncementNumber.find(in: $0) }
        program.period = Self.period(
            cell: Self.value(labels["접수기간"]) ?? page.listContext["period"], body: body)
        program.budget = Self.budget(cell: Self.value(labels["지원규모"]), body: body)
        if let body {
            program.eligibility = EligibilityText.analyze(body)
            program.trl = TRLText.range(in: body)
        }
        let classification = KindRules.classify(title: title, body: body, callType: program.callType)
        program.kind = classification.kind
        program.kindRule = classification.rule
        program.attachments = try reader.nodes("attachments").compactMap { Self.attachment($0, base: page.url) }
        return ParseResult(programs: [program])
    }

    /// The id and canonical URL: from the page URL (the form.tab query the site posts to), else the page's hidden
    /// form field, else the list row that led here.
    static func identity(_ page: FetchedPage, reader: PageReader) throws(ParseFailure) -> (String, String)? {
        if let (form, id) = IITPEzoneForm.identify(url: page.url), let url = form.detailURL(id: id, base: page.url) {
            return (id, url)
        }
        guard let id = try reader.text("id") ?? page.listContext["id"], let form = IITPEzoneForm.form(ofID: id),
            let url = form.detailURL(id: id, base: page.url)
        else { return nil }
        return (id, url)
    }

    /// A cell's text, nil when empty or a placeholder (`-`).
    static func value(_ cell: String?) -> String? {
        guard let text = cell?.trimmingSpaces(), !text.isEmpty,
            !text.allSatisfy({ "-–—".contains($0) })
        else { return nil }
        return text
    }

    /// The 기술분야 / 조사분야 cell split on commas, in page order.
    static func fields(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        return cell.split(whereSeparator: { $0 == "," || $0 == "，" })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// 담당부서 / 담당자 / 전화번호 / 이메일; nil when the page gives none of them.
    static func contact(_ labels: [String: String]) -> Contact? {
        let contact = Contact(
            department: value(labels["담당부서"]), name: value(labels["담당자"]), phone: value(labels["전화번호"]),
            email: value(labels["이메일"]))
        return contact == Contact() ? nil : contact
    }

    /// The 지원규모 cell's amounts; the body's when the cell states none.
    static func budget(cell: String?, body: String?) -> Budget {
        let fromCell = cell.map(BudgetText.parse) ?? .unknown
        if fromCell.totalKRW != nil || fromCell.perProjectKRW != nil { return fromCell }
        let fromBody = body.map(BudgetText.find) ?? .unknown
        if fromBody.totalKRW != nil || fromBody.perProjectKRW != nil { return fromBody }
        return fromCell.text == nil ? fromBody : fromCell
    }
}
