import Foundation
import Parse
import Testing

@Suite("KIMST 공지사항 article")
struct KIMSTNoticeDetailTests {
    private let source = "kimst.notice.detail"

    private func program(_ bno: String, charset: String? = nil, context: [String: String] = [:]) throws -> Program {
        var page = try KIMSTFixture.page("notice/view-\(bno).html", url: KIMSTFixture.article(bno), charset: charset)
        page.listContext = context
        let result = try KIMSTFixture.parse(page, source: source)
        #expect(result.programs.count == 1)
        return try #require(result.programs.first)
    }

    @Test("a missing article (script alert and redirect, HTTP 200) is an error page naming source, URL and marker")
    func missingArticle() throws {
        let url = KIMSTFixture.article("153421765100000")
        let failure = try KIMSTFixture.failure(
            try KIMSTFixture.page("notice/view-missing.html", url: url), source: source)
        #expect(failure.code == .errorPage)
        #expect(failure.source == source && failure.url == url)
        #expect(failure.selector?.hasPrefix("error_marker = ") == true)
    }

    @Test("the site's error page and a list page where an article was expected are failures, never zero programs")
    func otherPages() throws {
        let url = KIMSTFixture.article("153421765146275")
        let notFound = try KIMSTFixture.failure(try KIMSTFixture.page("404.html", url: url), source: source)
        #expect(notFound.code == .errorPage)
        let list = try KIMSTFixture.failure(try KIMSTFixture.page("notice/list-1.html", url: url), source: source)
        #expect(list.code == .layoutChanged)
        #expect(list.selector?.hasPrefix("title = ") == true)
        let pdf = FetchedPage(url: url, bytes: try KIMSTFixture.bytes("files/filename_202611111502443051.pdf"))
        #expect(try KIMSTFixture.failure(pdf, source: source).code == .wrongContent)
    }

    @Test("the editor comment is not body text, and the editor image is not an attachment")
    func bodyAndAttachments() throws {
        let program = try program("153421765146275")
        let body = try #require(program.bodyText)
        #expect(!body.contains("data-hwpjson") && !body.contains("documentPr"))
        #expect(body.hasPrefix("해양수산과학기술진흥원 공고 제2026-188호"))
        #expect(program.attachments.count == 3)
        #expect(!program.attachments.contains { $0.url.contains("editor_") || $0.url.contains("/download.do") })
        #expect(program.kindRule.hasPrefix("call."))
    }

    @Test("the id and the posting date fall back to the list row when the page does not give them")
    func listContextFallback() throws {
        var page = try KIMSTFixture.edited(
            "notice/view-153421765146236.html", url: KIMSTFixture.board + "?type=view",
            [("<th scope=\"row\">등록일</th>", "<th scope=\"row\">수정일</th>")])
        page.listContext = ["id": "153421765146236", "posted": "2026-11-10"]
        let program = try #require(try KIMSTFixture.parse(page, source: source).programs.first)
        #expect(program.sourceID == "153421765146236")
        #expect(program.postedOn?.description == "2026-11-10")
        #expect(program.detailURL == KIMSTFixture.article("153421765146236"))
    }

    @Test("without a bno in the URL or the list row the page is not an article request")
    func noID() throws {
        let page = try KIMSTFixture.page("notice/view-153421765146236.html", url: KIMSTFixture.board)
        #expect(try KIMSTFixture.failure(page, source: source).code == .wrongContent)
    }

    @Test("a 문의처 whose department ContactText cannot read (R&D기획팀) takes the 작성자 department")
    func contactDepartment() throws {
        let program = try program("153421765146297", charset: "EUC-KR")
        #expect(program.contact?.department == "R&D기획팀")
        #expect(program.contact?.name == "최유리")
        #expect(program.kind == .event)
    }
}
