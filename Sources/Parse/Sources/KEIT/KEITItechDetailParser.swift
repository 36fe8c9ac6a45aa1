import HTMLQuery

/// itech 지원사업공고 detail (`GET /bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026`): the header rows
/// of `table#table-response` as `th`/`td` pairs (공고명, 공고번호, 공고일자, 소관부처, 전문기관, 공모유형, 기술분야, 접수기간,
/// 담당부서, 담당자, 연락처, 이메일), the full 공고문 in `div.report`, and attachments whose onclick calls
/// `f_bsnsAncmFileDownload('k1','k2')`. The header cells are the site's own fields, so they win over the body; the body
/// gives what they lack (budget, eligibility, TRL). A page without the header rows — the list the site bounces to
/// when an id is missing, an error page — is a failure, never an empty program.
struct KEITItechDetailParser: SourceParser {
    static let name = "keit_itech_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["labels", "body", "attachments"],
        optional: ["value", "form_id", "form_year", "list_marker", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        if try !reader.nodes("list_marker").isEmpty {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                selector: "list_marker = \(source.rules["list_marker"] ?? "")",
                message:
                    "the site bounced to the announcement list (it does so unless both ancmId and bsnsYy are given)")
        }
        let labels = LabelValues.adjacent(
            try reader.nodes("labels"), valuePath: source.rules["value"] ?? "following-sibling::td[1]")
        guard let heading = Self.value(labels["공고명"]) else {
            throw reader.layoutChanged("labels", "no 공고명 row on a detail page")
        }
        guard let call = try Self.call(of: page, reader: reader) else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "no ancmId and bsnsYy in the URL, the page's detailForm or the list row")
        }
        guard let bodyNode = try reader.nodes("body").first else {
            throw reader.layoutChanged("body", "no 공고문 (div.report) on a detail page")
        }
        let body = BodyText.of(bodyNode)
        let context = page.listContext

        var program = Program(
            agency: .keit, source: source.id, sourceID: call.sourceID, title: TitleText.clean(heading))
        program.bodyText = body
        program.announcementNumber = Self.announcementNumber(labels: labels, body: body, context: context)
        program.ministry = Self.value(labels["소관부처"])
        program.announcingAgency = Self.value(labels["전문기관"])
        program.callType = Self.value(labels["공모유형"])
        program.fields = Self.fields(labels["기술분야"])
        program.postedOn = (Self.value(labels["공고일자"]) ?? context["posted"]).flatMap { DateText.date($0)?.date }
        program.period = Self.period(labels: labels, context: context, referenceYear: program.postedOn?.year)
        program.budget = BudgetText.find(in: body)
        program.eligibility = EligibilityText.analyze(body)
        program.trl = TRLText.range(in: body)
        let classification = KindRules.classify(title: program.title, body: body, callType: program.callType)
        program.kind = classification.kind
        program.kindRule = classification.rule
        program.attachments = try reader.nodes("attachments").compactMap { Self.attachment($0, base: page.url) }
        program.contact = Self.contact(labels)
        program.detailURL = KEITLinks.itechDetail(call, base: page.url)
        return ParseResult(programs: [program])
    }

    /// The call's ids: from the URL (the site needs both there), else the page's own `detailForm` hidden inputs, else
    /// what the list row said.
    static func call(of page: FetchedPage, reader: PageReader) throws(ParseFailure) -> KEITCallID? {
        if let call = KEITCallID(
            ancmID: KEITLinks.queryValue("ancmId", in: page.url), year: KEITLinks.queryValue("bsnsYy", in: page.url))
        {
            return call
        }
        if let call = KEITCallID(ancmID: try reader.text("form_id"), year: try reader.text("form_year")) {
            return call
        }
        return KEITCallID(ancmID: page.listContext["ancm_id"], year: page.listContext["year"])
    }
}
