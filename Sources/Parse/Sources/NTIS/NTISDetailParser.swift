import Foundation
import HTMLQuery

/// NTIS detail (`view.do?roRndUid=`): `h1.ditail_tit` (공고명_(연도)사업명), label/value `li > span` blocks (공고일,
/// 접수일, 마감일, 접수마감시간 separately, 공고금액, 공고기관명 …), an IRIS deep link, `fn_fileDownload('…')`
/// attachments and the body in `.se-contents`.
struct NTISDetailParser: SourceParser {
    static let name = "ntis_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["title", "labels", "label", "attachments", "body"],
        optional: ["iris_link", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        guard let heading = try reader.text("title") else {
            throw reader.layoutChanged("title", "no announcement title on a detail page")
        }
        let labels = LabelValues.pairs(try reader.nodes("labels"), labelPath: source.rules["label"] ?? "span[1]")
        guard !labels.isEmpty else { throw reader.layoutChanged("labels", "no label/value pairs on a detail page") }
        let id = Self.queryValue("roRndUid", in: page.url) ?? page.listContext["id"] ?? ""
        let announcingAgency = labels["공고기관명"]
        let agency = announcingAgency.flatMap(Agency.named)
        guard agency != nil else { return ParseResult(skipped: 1) }

        let parts = NTISHeading.split(heading)
        var program = Program(agency: agency, source: source.id, sourceID: id, title: TitleText.clean(parts.title))
        program.businessName = parts.businessName.map(TitleText.clean)
        program.ministry = labels["부처명"]
        program.announcingAgency = announcingAgency
        program.postedOn = labels["공고일"].flatMap { DateText.date($0)?.date }
        program.period = PeriodText.parse(start: labels["접수일"], end: labels["마감일"], closingTime: labels["접수마감시간"])
        let bodyNode = try reader.nodes("body").first
        let body = bodyNode.map(BodyText.of)
        program.bodyText = body
        program.announcementNumber = body.flatMap { AnnouncementNumber.find(in: $0) }
        program.budget = Self.budget(amount: labels["공고금액"], body: body)
        if let body {
            program.eligibility = EligibilityText.analyze(body)
            program.trl = TRLText.range(in: body)
        }
        if let bodyNode {
            program.callType = BodyTables.value("공모유형", in: bodyNode)
            program.fields = BodyTables.list("기술분야", in: bodyNode)
        }
        let classification = KindRules.classify(title: program.title, body: body, callType: program.callType)
        program.kind = classification.kind
        program.kindRule = classification.rule
        program.attachments = try reader.nodes("attachments").compactMap { link in
            guard let fileID = ScriptCall.arguments(of: "fn_fileDownload", in: link.attribute("onclick") ?? "")?.first
            else { return nil }
            let name = link.text
            return Attachment(
                name: name, url: "https://www.ntis.go.kr/rndgate/eg/cmm/file/download.do?wfUid=\(fileID)",
                type: Self.fileType(name))
        }
        program.contact = Self.contact(label: labels["문의처"], body: body)
        program.detailURL = "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=\(id)"
        if let irisLink = try reader.text("iris_link"), let ancmID = Self.queryValue("ancmId", in: irisLink) {
            program.crossReferences["iris"] = ancmID
        }
        return ParseResult(programs: [program])
    }

    /// The 문의처 label gives the phone as written; the body's 문의처 line adds department, name and e-mail.
    static func contact(label: String?, body: String?) -> Contact? {
        let fromBody = body.flatMap { BodyTables.line(after: "문의처", in: $0) }.flatMap(ContactText.parse)
        let phone = label.flatMap { $0.isEmpty ? nil : $0 } ?? fromBody?.phone
        guard phone != nil || fromBody != nil else { return nil }
        return Contact(department: fromBody?.department, name: fromBody?.name, phone: phone, email: fromBody?.email)
    }

    /// NTIS's 공고금액 is often `0 억원` (unknown); the body's own phrase is preferred when it states one.
    static func budget(amount: String?, body: String?) -> Budget {
        let fromBody = body.map { BudgetText.find(in: $0) } ?? .unknown
        if fromBody.totalKRW != nil || fromBody.perProjectKRW != nil { return fromBody }
        guard let amount else { return .unknown }
        var budget = BudgetText.parse(amount)
        budget.text = amount
        return budget
    }

    static func queryValue(_ name: String, in url: String) -> String? {
        guard let components = URLComponents(string: url) else { return nil }
        return components.queryItems?.first { $0.name == name }?.value
    }

    static func fileType(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
