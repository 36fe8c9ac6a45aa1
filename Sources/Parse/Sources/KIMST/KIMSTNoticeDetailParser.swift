import Foundation
import HTMLQuery

/// KIMST 공지사항 article (`board.do?type=view&bno=…`): title `h3.bbs-article-title`, an info table (작성자, 등록일,
/// 조회, 첨부파일 with `div.file-item > a[href="/fileDown.do?fn=…&dn=…"]`) and the body `div.bbs-article-detail`,
/// an HWP-editor export that opens with a `<!--[data-hwpjson]…-->` comment and then, usually, the 공고번호 line.
/// The body is written as `□ 라벨: 값` items (접수기간, 지원규모, 지원분야, 주최/주관, 문의처), read by
/// `KIMSTBodyItems`. Every article is KIMST's own; its kind (call, survey, event, notice) comes from `KindRules`.
struct KIMSTNoticeDetailParser: SourceParser {
    static let name = "kimst_notice_detail"
    static let rules = AgencyConfigLoader.ParserRules(
        required: ["title", "body", "attachments"],
        optional: ["labels", "value", "error_marker", "blocked_marker"])

    func parse(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> ParseResult {
        let reader = try PageReader(page, source: source)
        guard let heading = try reader.text("title") else {
            throw reader.layoutChanged("title", "no article title (h3) on an article page")
        }
        guard let bodyNode = try reader.nodes("body").first else {
            throw reader.layoutChanged("body", "no article body on an article page")
        }
        try Self.checkDecoded(heading, reader: reader)
        guard let id = KIMSTBoardLinks.queryValue("bno", in: page.url) ?? page.listContext["id"] else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "no bno in the URL or the list row: not an article request")
        }
        let info = LabelValues.adjacent(
            try reader.nodes("labels"), valuePath: source.rules["value"] ?? "following-sibling::td[1]")
        let body = BodyText.of(bodyNode)
        let items = KIMSTBodyItems(body)
        let title = TitleText.clean(heading)

        var program = Program(agency: .kimst, source: source.id, sourceID: id, title: title)
        program.announcingAgency = KIMSTParsers.agencyName
        program.bodyText = body
        program.announcementNumber = AnnouncementNumber.find(in: body)
        program.ministry = items.ministry
        program.postedOn = (info["등록일"] ?? page.listContext["posted"]).flatMap { DateText.date($0)?.date }
        program.period = items.period(referenceYear: program.postedOn?.year) ?? .unknown
        program.budget = BudgetText.find(in: body)
        program.eligibility = EligibilityText.analyze(body)
        program.trl = TRLText.range(in: body)
        program.fields = items.fields
        let classification = KindRules.classify(title: title, body: body, callType: nil)
        program.kind = classification.kind
        program.kindRule = classification.rule
        program.attachments = try Self.attachments(reader: reader, page: page)
        program.contact = items.contact(writer: info["작성자"])
        program.detailURL = KIMSTBoardLinks.article(bno: id, pageURL: page.url)
        return ParseResult(programs: [program])
    }

    /// The files of the 첨부파일 row, in page order: the name as shown, the download link made absolute as written
    /// (its `dn=` is the percent-encoded name), the type from the name (else from the stored file name `fn=`).
    /// Editor images (`/download.do?fn=editor_…`) sit in the body and are not attachments.
    static func attachments(reader: PageReader, page: FetchedPage) throws(ParseFailure) -> [Attachment] {
        try reader.nodes("attachments").compactMap { link in
            guard let href = link.attribute("href"), let url = URLText.absolute(href, base: page.url) else {
                return nil
            }
            let name = TitleText.clean(link.text)
            var type = KIMSTBoardLinks.fileType(name)
            if type.isEmpty { type = KIMSTBoardLinks.fileType(KIMSTBoardLinks.queryValue("fn", in: href) ?? "") }
            return Attachment(name: name, url: url, type: type)
        }
    }

    /// A page decoded in the wrong charset (an EUC-KR page announced as Latin-1, say) reads as mojibake; storing it
    /// would overwrite a good record with garbage, so it is refused. KIMST titles are Korean: a title with
    /// replacement characters, or with Latin-1 letters and no Hangul, did not decode.
    static func checkDecoded(_ title: String, reader: PageReader) throws(ParseFailure) {
        let scalars = title.unicodeScalars
        let hasHangul = scalars.contains { (0xAC00...0xD7A3).contains($0.value) }
        let hasReplacement = scalars.contains { $0.value == 0xFFFD }
        let hasLatinLetters = scalars.contains { (0x00C0...0x00FF).contains($0.value) }
        guard hasReplacement || (hasLatinLetters && !hasHangul) else { return }
        throw ParseFailure(
            code: .malformed, source: reader.source.id, url: reader.page.url,
            selector: "title = \(reader.source.rules["title"] ?? "")",
            message: "the page did not decode as text (read as \(reader.document.encoding), "
                + "\(reader.document.encodingSource)): the declared charset is wrong")
    }
}
