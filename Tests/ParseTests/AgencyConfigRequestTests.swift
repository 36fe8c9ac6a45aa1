import Foundation
import Parse
import Testing

/// `SourceConfig.request(page:values:)`: a source's URL and parameters rendered with `{page}` and row values, and
/// the load-time checks that every placeholder is one the source can fill.
@Suite("Agency files: request templates and placeholders")
struct AgencyConfigRequestTests {
    private let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)
    private static let rowValues = [
        "id": "1", "tab": "ancmIng", "year": "2026", "ancm_id": "I1", "ancmId": "A1", "buclCd": "B", "dtlAncmSn": "1",
    ]

    private func source(_ id: String) throws -> SourceConfig {
        try #require(GoldenCorpus.source(id), "no source \(id) in agencies/")
    }

    private func errors(_ text: String) -> [AgencyConfigError] {
        let thrown = #expect(throws: AgencyConfigErrors.self) { try loader.load(try AgencyFiles.write(text)) }
        return thrown?.errors ?? []
    }

    @Test("a page number in the URL path: tipa.or.kr's /s040101/index/page/N")
    func pathPage() throws {
        let request = try source("tipa.notice.list").request(page: 3)
        #expect(request.url == "https://www.tipa.or.kr/s040101/index/page/3")
        #expect(request.method == "GET" && request.form.isEmpty && request.source == "tipa.notice.list")
        let detail = try source("tipa.notice.detail").request(values: ["id": "4521"])
        #expect(detail.url == "https://www.tipa.or.kr/s040101/view/id/4521")
        #expect(detail.context == ["id": "4521"])
    }

    @Test("GET parameters become the query, names sorted; POST parameters the form")
    func queryAndForm() throws {
        let board = try source("kimst.notice.list").request(page: 2)
        #expect(board.url == "https://www.kimst.re.kr/u/news/notice_01/board.do?page=2")
        let iris = try #require(try source("iris.list").variants().last).request(page: 4)
        #expect(iris.method == "POST")
        #expect(iris.url == "https://www.iris.go.kr/contents/retrieveBsnsAncmBtinSituList.do")
        #expect(iris.form == ["ancmPrg": "ancmPre", "pageIndex": "4", "bizSearch": "", "bsnsTl": ""])
    }

    @Test("a detail request rendered from a list row's context is the URL the list parser asked for")
    func detailFromRowContext() throws {
        let page = try KIMSTFixture.page("pjtAnuc/list-1.html", url: KIMSTFixture.business + "?page=1")
        let row = try #require(try KIMSTFixture.parse(page, source: "kimst.business.list").followUps.first)
        let detail = try source(row.source)
        #expect(try detail.request(values: row.context).url == row.url)
        let keit = try source("keit.itech.detail").request(values: ["ancm_id": "I26077", "year": "2026"])
        #expect(keit.url == "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026")
    }

    @Test("every checked-in source renders for its first page and a full set of row values")
    func everySourceRenders() throws {
        for source in GoldenCorpus.configs.flatMap(\.sources) {
            for variant in source.variants() {
                let request = try variant.request(page: variant.paging?.first, values: Self.rowValues)
                #expect(
                    !request.url.contains("{") && !request.form.values.contains { $0.contains("{") }, "\(source.id)")
            }
        }
    }

    @Test("values are percent-encoded, so they cannot change the URL's structure")
    func encoding() throws {
        let request = try source("tipa.notice.detail").request(values: ["id": "a/b c&d"])
        #expect(request.url == "https://www.tipa.or.kr/s040101/view/id/a%2Fb%20c%26d")
        let query = try source("ntis.detail").request(values: ["id": "12+3 공고"])
        #expect(
            query.url
                == "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?flag=rndList&roRndUid=12%2B3%20%EA%B3%B5%EA%B3%A0")
    }

    @Test("a placeholder without a value is a typed error naming source, field and placeholder")
    func missingValues() throws {
        let page = #expect(throws: SourceRequestError.self) { try source("ntis.list").request() }
        #expect(page?.source == "ntis.list" && page?.field == "params.pageIndex" && page?.placeholder == "page")
        let id = #expect(throws: SourceRequestError.self) {
            try source("keit.itech.detail").request(values: ["year": "2026"])
        }
        #expect(id?.field == "params.ancmId" && id?.placeholder == "ancm_id")
        #expect(id?.description == "source keit.itech.detail: params.ancmId: {ancm_id} needs a value named 'ancm_id'")
    }

    @Test(
        "a placeholder the source cannot fill is refused at load time",
        arguments: [
            (AgencyFiles.listAndDetail(listURL: "https://example.test/list/{pgae}"), "t.list", "url", "{pgae}"),
            (AgencyFiles.listAndDetail(detailURL: "https://example.test/view/{page}"), "t.detail", "url", "{page}"),
            (
                AgencyFiles.listAndDetail(detailExtra: #"params = { no = "{ancmid}" }"#), "t.detail", "params.no",
                "{ancmid}"
            ),
            (AgencyFiles.listAndDetail(listURL: "https://example.test/list/{"), "t.list", "url", "malformed"),
            (AgencyFiles.listAndDetail(detailExtra: #"params = { no = "id}" }"#), "t.detail", "params.no", "malformed"),
            (
                AgencyFiles.listAndDetail(detailExtra: #"headers = { Referer = "https://example.test/{id}" }"#),
                "t.detail", "headers.Referer", "only in url and params"
            ),
        ])
    func unknownPlaceholders(text: String, source: String, field: String, words: String) throws {
        let errors = errors(text)
        let error = try #require(errors.first)
        #expect(errors.count == 1, "\(errors)")
        #expect(error.source == source && error.field == field)
        #expect(error.message.contains(words), "\(error.message)")
        #expect(error.location.contains("test.toml:"))
    }

    @Test("a paged list must put {page} somewhere, and {page} needs paging")
    func pagingAndPage() throws {
        let noPage = errors(AgencyFiles.listAndDetail(params: #"params = { pageIndex = "1" }"#))
        #expect(noPage.map(\.field) == ["paging.param"])
        #expect(noPage.first?.message.contains("does not hold {page}") == true)
        let nowhere = errors(AgencyFiles.listAndDetail(params: #"params = { p = "{page}" }"#))
        #expect(nowhere.first?.field == "paging.param" && nowhere.first?.message.contains("goes nowhere") == true)
        let unpaged = AgencyFiles.listAndDetail().replacingOccurrences(
            of: "[sources.paging]\nparam = \"pageIndex\"", with: "")
        let missing = errors(unpaged)
        #expect(
            missing.map(\.field) == ["paging"] && missing.first?.message.contains("[sources.paging] is missing") == true
        )
        let pagedDetail = AgencyFiles.listAndDetail(detailExtra: "paging = { param = \"p\" }")
        #expect(errors(pagedDetail).map(\.field) == ["paging"])
    }
}
