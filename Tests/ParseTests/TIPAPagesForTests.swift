import Foundation
import Parse
import Testing

/// Pages and sources for the TIPA parser tests: `agencies/tipa.toml` loaded on its own (so another family's agency
/// file cannot hide these results), fixture and real pages as files, and pages the simulator serves.
enum TIPATestPages {
    static let configs: Result<AgencyConfig, AgencyConfigErrors> = Result { () throws(AgencyConfigErrors) in
        try AgencyConfigLoader(parsers: ParserRegistry.rules)
            .load(GoldenCorpus.root.appendingPathComponent("agencies/tipa.toml").path)
    }

    static func source(_ id: String) throws -> SourceConfig {
        let config = try configs.get()
        return try #require(config.sources.first { $0.id == id }, "agencies/tipa.toml does not define \(id)")
    }

    static func parse(_ page: FetchedPage, as sourceID: String) throws -> ParseResult {
        try GoldenCorpus.parse(page, with: try source(sourceID))
    }

    /// The failure parsing `page` throws; nil (and a recorded issue) when it parses.
    static func failure(_ page: FetchedPage, as sourceID: String) throws -> ParseFailure? {
        try GoldenCorpus.failure(page, with: try source(sourceID))
    }

    /// A file under `Fixtures/`, served under `url`.
    static func file(_ path: String, url: String) throws -> FetchedPage {
        FetchedPage(url: url, bytes: try bytes(path))
    }

    /// A fixture file's text with `replacements` applied: a page the fixtures do not have, in the site's own markup.
    static func edited(_ path: String, url: String, _ replacements: [(String, String)]) throws -> FetchedPage {
        var html = String(decoding: try bytes(path), as: UTF8.self)
        for (old, new) in replacements {
            #expect(html.contains(old), "\(path) has no \(old)")
            html = html.replacingOccurrences(of: old, with: new)
        }
        return FetchedPage(url: url, bytes: Array(html.utf8))
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: GoldenCorpus.fixtures.appendingPathComponent(path)))
    }

    static let realList = "real/tipa-notice-list-page1.html"
    static let realBlocked = "real/tipa-blocked.html"
    static let smtechPages = "sites/www.smtech.go.kr/pages/"
    static let tipaPages = "sites/www.tipa.or.kr/pages/"
    static let smtechListURL = "https://www.smtech.go.kr/front/ifg/no/notice02_list.do?pageIndex=1"

    /// The canonical SMTECH detail URL of one call.
    static func smtechDetailURL(_ ancmID: String, _ buclCd: String, _ round: Int) -> String {
        "https://www.smtech.go.kr/front/ifg/no/notice02_detail.do?ancmId=\(ancmID)&buclCd=\(buclCd)"
            + "&dtlAncmSn=\(round)&schdSe=MO5005&aplySn=1"
    }
}
