import Foundation
import Parse
import Testing

/// What the tipa.or.kr post parser does that the golden records do not pin down on their own.
@Suite("TIPA tipa.or.kr: post")
struct TIPANoticeDetailTests {
    static func post(_ id: String, url: String? = nil) throws -> Program {
        let page = try TIPATestPages.file(
            TIPATestPages.tipaPages + "s040101/view-\(id).html",
            url: url ?? "https://www.tipa.or.kr/s040101/view/page/1/id/\(id)")
        let result = try TIPATestPages.parse(page, as: "tipa.notice.detail")
        #expect(result.programs.count == 1)
        return try #require(result.programs.first)
    }

    @Test(
        "the list's link form and the canonical form give the same id and canonical URL",
        arguments: [
            "https://www.tipa.or.kr/s040101/view/page/1/id/17444",
            "https://www.tipa.or.kr/s040101/view/id/17444",
            "https://www.tipa.or.kr/s040101/view/page/12/id/17444?utm=x#top",
        ])
    func urlForms(url: String) throws {
        let program = try Self.post("17444", url: url)
        #expect(program.sourceID == "17444")
        #expect(program.detailURL == "https://www.tipa.or.kr/s040101/view/id/17444")
    }

    @Test("the PDF preview link and the 이전글/다음글 links are not attachments")
    func attachmentsOnly() throws {
        let program = try Self.post("17444")
        #expect(
            program.attachments.map(\.url) == [
                "https://www.tipa.or.kr/s040101/download/id/17444/fid/52811",
                "https://www.tipa.or.kr/s040101/download/id/17444/fid/52812",
                "https://www.tipa.or.kr/s040101/download/id/17444/fid/52813",
            ])
        #expect(!program.attachments.contains { $0.url.contains("pdfjs") || $0.name == "미리보기" })
    }

    @Test("an event's period is its 사전등록 line, not its 일시, and stops before the remark")
    func eventPeriod() throws {
        let program = try Self.post("17458")
        #expect(program.period.text == "2026. 6. 5.(금) ~ 6. 10.(수)")
        #expect(program.period.end.map(KoreaTime.iso8601) == "2026-06-10T23:59:59+09:00")
        #expect(program.kind == .event)
    }

    @Test("the body is the post's text only: no menus, no footer, no editor comments")
    func bodyText() throws {
        let program = try Self.post("17385")
        let body = try #require(program.bodyText)
        #expect(body.hasPrefix("최근 국내 중소기업을 대상으로"))
        #expect(!body.contains("본문 시작"))
        #expect(!body.contains("이전글"))
        #expect(!body.contains("개인정보처리방침"))
    }

    @Test("a post that names no ministry and no contact has none, and still an (empty) contact")
    func nothingStated() throws {
        let program = try Self.post("17385")
        #expect(program.ministry == nil)
        #expect(program.contact == Contact())
        #expect(program.eligibility.types.isEmpty)
    }

    @Test("a post without its body cell is a layout change naming the body rule")
    func bodyGone() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.tipaPages + "s040101/view-17444.html", url: "https://www.tipa.or.kr/s040101/view/id/17444",
            [("class=\"contents\"", "class=\"article\"")])
        let failure = try #require(try TIPATestPages.failure(page, as: "tipa.notice.detail"))
        #expect(failure.code == .layoutChanged)
        #expect(failure.selector?.hasPrefix("body = ") == true)
    }
}
