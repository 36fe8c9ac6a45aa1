import Foundation
import Parse
import Testing

/// Pages and sources for the KEIT parser tests: fixture pages (itech, S-Rome) read from `Fixtures/sites`, served
/// under the URLs the crawler asks for, and small edits of them for what the fixtures do not show.
enum KEITTests {
    static let itechList = "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmListJson.do"
    static let itechScreen = "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmList.do"
    static let sromeList =
        "https://srome.keit.re.kr/srome/biz/perform/opnnPrpsl/retrieveTaskAnncmListView.do?prgmId=XPG201040000"

    static func itechDetail(_ ancmID: String, _ year: String = "2026") -> String {
        "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=\(ancmID)&bsnsYy=\(year)"
    }

    static func sromeDetail(_ ancmID: String, _ year: String = "2026") -> String {
        "https://srome.keit.re.kr/srome/biz/perform/opnnPrpsl/retrieveTaskAnncmInfoView.do"
            + "?ancmId=\(ancmID)&bsnsYy=\(year)"
    }

    static func source(_ id: String) throws -> SourceConfig {
        try #require(GoldenCorpus.source(id), "agencies/keit.toml does not define \(id)")
    }

    static func parse(_ page: FetchedPage, as sourceID: String) throws -> ParseResult {
        try GoldenCorpus.parse(page, with: try source(sourceID))
    }

    /// `page` parsed by the parser `source` names, with `source` as given (possibly modified by the test).
    static func parse(_ page: FetchedPage, with source: SourceConfig) throws -> ParseResult {
        try GoldenCorpus.parse(page, with: source)
    }

    /// The failure parsing `page` throws; nil (and a recorded issue) when it parses.
    static func failure(_ page: FetchedPage, as sourceID: String) throws -> ParseFailure? {
        try GoldenCorpus.failure(page, with: try source(sourceID))
    }

    /// A fixture file (path under `Fixtures/`) as bytes, served under `url`.
    static func file(_ path: String, url: String, context: [String: String] = [:]) throws -> FetchedPage {
        let data = try Data(contentsOf: GoldenCorpus.fixtures.appendingPathComponent(path))
        return FetchedPage(url: url, bytes: Array(data), declaredCharset: "utf-8", listContext: context)
    }

    /// A fixture file with `edit` applied to its text.
    static func edited(
        _ path: String, url: String, context: [String: String] = [:], _ edit: (String) -> String
    ) throws -> FetchedPage {
        let page = try file(path, url: url, context: context)
        return FetchedPage(
            url: url, bytes: Array(edit(String(decoding: page.bytes, as: UTF8.self)).utf8), declaredCharset: "utf-8",
            listContext: context)
    }

    /// A body given as text (a JSON answer, a small HTML page).
    static func text(_ text: String, url: String) -> FetchedPage {
        FetchedPage(url: url, bytes: Array(text.utf8), declaredCharset: "utf-8")
    }

    /// `source` with its `detail` source removed, for what a list does when it has nothing to follow.
    static func withoutDetail(_ id: String) throws -> SourceConfig {
        var source = try source(id)
        source.detailSource = nil
        return source
    }
}
