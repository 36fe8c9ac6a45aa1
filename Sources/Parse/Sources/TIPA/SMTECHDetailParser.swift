import Foundation
import HTMLQuery

/// SMTECH 사업공고 detail (`notice02_detail.do?ancmId=…&buclCd=…&dtlAncmSn=…&schdSe=MO5005&aplySn=1`): one table
/// (`summary="사업공고 목록보기 내용"`) of `th`/`td` pairs — 공고명, 사업명, 공고일자, 공고번호, 접수기간, 담당부서,
/// 담당자, 연락처, 이메일, 첨부파일 — and the body in the `td` after `<th>내용</th>`, often pasted from HWP (uppercase
/// tags, a `<STYLE>` block, unclosed elements). Rows are read by their labels, never by position, so a cell left
/// open (the real site has them) cannot shift a value into the wrong field.
struct SMTECHDetailParser: SourceParser {
    static let name = "smtech_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["labels", "body", "attachments"],
        optional: ["value", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        let labels = LabelValues.adjacent(
            try reader.nodes("labels"), valuePath: source.rules["value"] ?? "following-sibling::td[1]")
        guard let heading = labels["공고명"].map(TitleText.clean), !heading.isEmpty else {
            throw reader.layoutChanged("labels", "no 공고명 row on a detail page")
        }
        let link = SMTECHLink(url: page.url)
        guard let id = link?.id ?? page.listContext["id"] else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "the URL has no ancmId and dtlAncmSn, so the page has no stable id")
        }
        let body = try reader.nodes("body").first.map(BodyText.of)
        var result = ParseResult()
        if body == nil { result.problems.append(ParseProblem(field: "body", message: "no 내용 cell", item: id)) }

        var program = Program(agency: .tipa, source: source.id, sourceID: id, title: heading)
        program.ministry = TIPAParsers.ministry
        program.announcingAgency = TIPAParsers.announcingAgency
        program.announcementNumber = AnnouncementNumber.normalize(labels["공고번호"])
        program.postedOn = labels["공고일자"].flatMap { DateText.date($0)?.date }
        program.period = Self.period(labels["접수기간"], posted: program.postedOn, problems: &result.problems, id: id)
        let lines = body.map(TIPABodyLines.init)
        program.callType = lines?.value(["공모유형"])
        program.fields = lines?.list(["지원분야"]) ?? []
        program.bodyText = body
        if let body {
            program.budget = BudgetText.find(in: body)
            program.trl = TRLText.range(in: body)
        }
        let classification = KindRules.classify(title: heading, body: body, callType: program.callType)
        program.kind = classification.kind
        program.kindRule = classification.rule
        let kind = classification.kind
        if let body, let lines {
            program.eligibility = TIPAEligibility.of(body: body, lines: lines, kind: kind)
        } else {
            program.eligibility = Eligibility()
        }
        program.attachments = try reader.nodes("attachments").compactMap { Self.attachment($0, base: page.url) }
        program.contact = Contact(
            department: Self.meaningful(labels["담당부서"]), name: Self.meaningful(labels["담당자"]),
            phone: Self.meaningful(labels["연락처"]), email: Self.meaningful(labels["이메일"]))
        program.detailURL = link?.url ?? URLText.canonical(page.url, dropping: SMTECHLink.droppedParameters)
        result.programs = [program]
        return result
    }

    /// The 접수기간 cell (`2026. 11. 18 ~ 2026. 12. 18 16:00`, `2026. 11. 18 ~ 예산 소진시까지`); a cell that cannot be
    /// read is reported, not guessed.
    static func period(
        _ cell: String?, posted: LocalDate?, problems: inout [ParseProblem], id: String
    ) -> ApplicationPeriod {
        guard let cell = meaningful(cell) else { return .unknown }
        if let period = PeriodText.parse(cell, referenceYear: posted?.year) { return period }
        problems.append(ParseProblem(field: "접수기간", message: "cannot read '\(cell)'", item: id))
        return .unknown
    }

    /// `cfn_AtchFileDownload('<id>','/front','fileDownFrame')`, in `href="javascript:…"` or (forms) in `onclick` with
    /// `href="#list"`: the script downloads `GET /front/comn/AtchFileDownload.do?atchFileId=<id>`.
    static func attachment(_ link: HTMLNode, base: String) -> Attachment? {
        let call = [link.attribute("href"), link.attribute("onclick")].compactMap { $0 }
            .first { $0.containsText("cfn_AtchFileDownload") }
        guard let call, let fileID = ScriptCall.arguments(of: "cfn_AtchFileDownload", in: call)?.first,
            !fileID.isEmpty,
            let url = URLText.absolute("/front/comn/AtchFileDownload.do?atchFileId=\(fileID)", base: base)
        else { return nil }
        let name = TitleText.clean(link.text)
        return Attachment(name: name, url: url, type: TIPAAttachment.fileType(name))
    }

    /// A cell's text, nil when empty or a dash.
    static func meaningful(_ value: String?) -> String? {
        guard let value = value?.trimmingSpaces(), !value.isEmpty, value != "-" else { return nil }
        return value
    }
}
