import Foundation
import HTMLQuery

/// tipa.or.kr 기정원소식 post (`/s040101/view/id/<id>`): a `table.basic_table.view` of `th`/`td` pairs (제목, 작성자,
/// 작성일, 조회수, 첨부파일) and the body in `td.contents > div.board-contents`. The board carries calls, events and
/// notices alike and states no fields of its own beyond those, so 공고번호, the period, the budget and the contact are
/// read from the body's labelled lines (`□ 접수기간 : …`, `5. 문의처 : …`).
struct TIPANoticeDetailParser: SourceParser {
    static let name = "tipa_notice_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["labels", "body", "attachments"],
        optional: ["value", "error_marker", "blocked_marker"])

    /// Labels of the line that gives the application period. An event's 일시 is when it happens, not a period to
    /// apply in, so it is not one of them; its 사전등록 is.
    static let periodLabels = ["접수기간", "신청기간", "모집기간", "제출기간", "공모기간", "신청접수기간", "사전등록", "등록기간"]
    static let contactLabels = ["문의처", "문의", "문의사항", "담당"]

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let labels = LabelValues.adjacent(
            try reader.nodes("labels"), valuePath: source.rules["value"] ?? "following-sibling::td[1]")
        guard let title = labels["제목"].map(TitleText.clean), !title.isEmpty else {
            throw reader.layoutChanged("labels", "no 제목 row on a post page")
        }
        let link = TIPANoticeLink(href: page.url, base: page.url)
        guard let id = link?.id ?? page.listContext["id"] else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url, message: "the URL names no post id (…/id/<id>)")
        }
        guard let bodyNode = try reader.nodes("body").first else {
            throw reader.layoutChanged("body", "no post body on a post page")
        }
        let body = BodyText.of(bodyNode)
        var result = ParseResult()

        var program = Program(agency: .tipa, source: source.id, sourceID: id, title: title)
        program.announcingAgency = TIPAParsers.announcingAgency
        program.ministry = body.containsText(TIPAParsers.ministry) ? TIPAParsers.ministry : nil
        program.announcementNumber = AnnouncementNumber.find(in: body)
        program.postedOn = labels["작성일"].flatMap { DateText.date($0)?.date }
        let lines = TIPABodyLines(body)
        program.period = Self.period(in: lines, posted: program.postedOn, problems: &result.problems, id: id)
        program.callType = lines.value(["공모유형"])
        program.fields = lines.list(["지원분야"])
        program.budget = BudgetText.find(in: body)
        program.trl = TRLText.range(in: body)
        program.bodyText = body
        let classification = KindRules.classify(title: title, body: body, callType: program.callType)
        program.kind = classification.kind
        program.kindRule = classification.rule
        program.eligibility = TIPAEligibility.of(body: body, lines: lines, kind: program.kind)
        program.attachments = try reader.nodes("attachments").compactMap { Self.attachment($0, base: page.url) }
        program.contact = lines.value(Self.contactLabels).flatMap(ContactText.parse) ?? Contact()
        program.detailURL = link?.url ?? page.url
        result.programs = [program]
        return result
    }

    /// The period line's value up to its remark (`2026. 6. 5.(금) ~ 6. 10.(수), 선착순 150명` → the dates): the remark
    /// is about the event, not the period. A year-less date takes the year of posting.
    static func period(
        in lines: TIPABodyLines, posted: LocalDate?, problems: inout [ParseProblem], id: String
    ) -> ApplicationPeriod {
        guard let line = lines.value(periodLabels) else { return .unknown }
        let written = String(line.prefix { $0 != "," && $0 != "※" }).trimmingSpaces()
        if let period = PeriodText.parse(written, referenceYear: posted?.year) { return period }
        problems.append(ParseProblem(field: "접수기간", message: "cannot read '\(line)'", item: id))
        return .unknown
    }

    /// A download link (`/s040101/download/id/<post>/fid/<file>`) with the file name as shown; the PDF preview link
    /// beside it opens a viewer and is not an attachment (the `attachments` rule leaves it out).
    static func attachment(_ link: HTMLNode, base: String) -> Attachment? {
        guard let href = link.attribute("href"), let url = URLText.absolute(href, base: base) else { return nil }
        let name = TitleText.clean(link.text)
        guard !name.isEmpty else { return nil }
        return Attachment(name: name, url: url, type: TIPAAttachment.fileType(name))
    }
}
