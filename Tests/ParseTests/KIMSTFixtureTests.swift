import Foundation
import Parse
import Testing

/// The KIMST fixture pages and agency file, loaded on their own (not through the whole `agencies/` folder) so that
/// KIMST's tests depend only on KIMST's files.
enum KIMSTFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pages = root.appendingPathComponent("Fixtures/sites/www.kimst.re.kr/pages")
    static let board = "https://www.kimst.re.kr/u/news/notice_01/board.do"
    static let business = "https://www.kimst.re.kr/u/news/inform_01/pjtAnuc.do"

    static func config() throws -> AgencyConfig {
        let path = root.appendingPathComponent("agencies/kimst.toml").path
        do {
            return try AgencyConfigLoader(parsers: ParserRegistry.rules).load(path)
        } catch {
            Issue.record("agencies/kimst.toml does not load:\n\(error)")
            throw error
        }
    }

    static func source(_ id: String) throws -> SourceConfig {
        try #require(try config().sources.first { $0.id == id }, "no source \(id) in kimst.toml")
    }

    /// The bytes of a fixture page as the site sends them (the transfer's gzip already undone).
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: pages.appendingPathComponent(path)))
    }

    static func page(_ path: String, url: String, charset: String? = nil) throws -> FetchedPage {
        FetchedPage(url: url, bytes: try bytes(path), declaredCharset: charset)
    }

    /// A fixture page with `replacements` applied to its text (a redesign, a broken row).
    static func edited(
        _ path: String, url: String, _ replacements: [(String, String)]
    ) throws -> FetchedPage {
        var text = try #require(String(bytes: try bytes(path), encoding: .utf8))
        for (old, new) in replacements {
            #expect(text.contains(old), "\(path) no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return FetchedPage(url: url, bytes: Array(text.utf8))
    }

    /// Runs the source's parser.
    static func parse(_ page: FetchedPage, source id: String) throws -> ParseResult {
        let source = try source(id)
        let parser = try #require(ParserRegistry.parser(named: source.parser), "parser \(source.parser) unknown")
        return try parser.init().parse(page, source: source)
    }

    /// Runs the source's parser on a page that must fail, and returns the failure.
    static func failure(_ page: FetchedPage, source id: String) throws -> ParseFailure {
        do {
            let result = try parse(page, source: id)
            Issue.record(
                "expected a ParseFailure, got \(result.programs.count) programs, \(result.followUps.count) follow-ups")
            throw FixtureError.noFailure
        } catch let failure as ParseFailure {
            return failure
        }
    }

    enum FixtureError: Error { case noFailure }

    static func article(_ bno: String) -> String { "\(board)?type=view&bno=\(bno)" }
}

@Suite("KIMST agency file")
struct KIMSTFixtureTests {
    @Test("kimst.toml declares the three sources with their parsers, paging, detail link and a 10/min limit")
    func agencyFile() throws {
        let config = try KIMSTFixture.config()
        #expect(config.code == "KIMST")
        #expect(config.rateLimits == ["www.kimst.re.kr": 10])
        #expect(Set(config.sources.map(\.id)) == ["kimst.business.list", "kimst.notice.list", "kimst.notice.detail"])
        let notices = try KIMSTFixture.source("kimst.notice.list")
        #expect(notices.detailSource == "kimst.notice.detail")
        #expect(notices.paging?.parameter == "page" && notices.parameters["page"] == "{page}")
        let detail = try KIMSTFixture.source("kimst.notice.detail")
        #expect(detail.parameters == ["type": "view", "bno": "{id}"])
        #expect(detail.headers["Referer"]?.hasPrefix("https://www.kimst.re.kr/") == true)
        // The 사업공고 rows go to IRIS: the detail source lives in iris.toml.
        #expect(try KIMSTFixture.source("kimst.business.list").detailSource == "iris.detail")
    }
}
