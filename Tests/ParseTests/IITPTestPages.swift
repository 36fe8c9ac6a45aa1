import Foundation
import Parse
import Testing

/// Pages and sources for the IITP parser tests: fixture pages as the simulator serves them, the real error page,
/// and small synthetic boards for what the fixtures do not show.
enum IITPTestPages {
    static func source(_ id: String) throws -> SourceConfig {
        try #require(GoldenCorpus.source(id), "agencies/iitp.toml does not define \(id)")
    }

    static func parse(_ page: FetchedPage, as sourceID: String) throws -> ParseResult {
        try GoldenCorpus.parse(page, with: try source(sourceID))
    }

    /// The failure parsing `page` throws; nil (and a recorded issue) when it parses.
    static func failure(_ page: FetchedPage, as sourceID: String) throws -> ParseFailure? {
        try GoldenCorpus.failure(page, with: try source(sourceID))
    }

    /// What the simulated ezone.iitp.kr answers for `url`.
    static func served(_ url: String, method: String = "GET") throws -> FetchedPage {
        let simulator = try #require(GoldenCorpus.simulator, "the fixture sites do not load")
        let response = try #require(simulator.fixtureResponse(url: url, method: method), "no response for \(url)")
        #expect(response.status == 200)
        return FetchedPage(url: url, bytes: response.body, declaredCharset: "utf-8")
    }

    /// A fixture file as bytes, served under `url`.
    static func file(_ path: String, url: String) throws -> FetchedPage {
        let data = try Data(contentsOf: GoldenCorpus.fixtures.appendingPathComponent(path))
        return FetchedPage(url: url, bytes: Array(data))
    }

    /// A board page with the given `li` rows, in the markup of the fixture board.
    static func board(_ rows: [String], url: String = "https://ezone.iitp.kr/common/anno/list?cPage=1") -> FetchedPage {
        let html = """
            <!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>사업공고</title></head><body>
            <div class="content" id="content">
            <div class="bbs_top"><p class="total">전체 <strong>26</strong>건 <span class="page_num">[1/3 페이지]</span></p></div>
            <ul class="basic_bbs">
            <li class="bbs_head"><div class="bbs_year">연도</div><div class="bbs_cnt">공고명 / 접수기간</div></li>
            \(rows.joined(separator: "\n"))
            </ul></div></body></html>
            """
        return FetchedPage(url: url, bytes: Array(html.utf8))
    }

    /// One board row whose title link is `anchor` (the `<a …>` start tag).
    static func row(_ anchor: String, title: String = "2026년도 신규지원 대상과제 공고") -> String {
        """
        <li class="clearfix"><div class="bbs_year">2026</div><div class="bbs_cnt"><span class="bbs_cate">과제공고</span>
        <strong class="bbs_tit">\(anchor)<span class="tit">\(title)</span></a></strong>
        <span class="bbs_info">접수기간 : <strong><span>2026-11-12 ~ 2026-12-10</span></strong><em class="bar">|</em>등록일 : <span class="reg_date">2026-11-10</span></span>
        </div><div class="bbs_state"><span class="st_ing">접수중</span></div></li>
        """
    }
}
