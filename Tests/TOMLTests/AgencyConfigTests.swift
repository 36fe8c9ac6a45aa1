import TOML
import Testing

/// A realistic `agencies/*.toml` file, read the way `IngestConfig` will read it.
@Suite("Agency configuration")
struct AgencyConfigTests {
    static let keit = """
        code = "KEIT"
        name = "한국산업기술평가관리원"
        enabled = true
        [rate_limit]
        requests_per_minute = 10
        [[sources]]
        id = "keit.itech"
        kind = "json_list"
        url = "https://itech.keit.re.kr/..."
        [sources.paging]
        param = "pageIndex"
        max_pages = 5
        [sources.fields]
        title = "//div[@class='report']//h4"   # XPath with quotes
        [[sources]]
        id = "keit.srome"
        kind = "html_list"
        headers = { "X-Requested-With" = "XMLHttpRequest", Referer = "https://srome.keit.re.kr/" }
        """

    @Test func valuesComeOutRight() throws {
        let agency = try TOMLDocument.parse(Self.keit, file: "agencies/keit.toml")
        #expect(agency.keys == ["code", "name", "enabled", "rate_limit", "sources"])
        #expect(agency["code"]?.stringValue == "KEIT")
        #expect(agency["name"]?.stringValue == "한국산업기술평가관리원")
        #expect(agency["enabled"]?.boolValue == true)
        #expect(agency["rate_limit"]?.tableValue?["requests_per_minute"]?.integerValue == 10)

        let sources = try #require(agency["sources"]?.arrayValue?.compactMap { $0.tableValue })
        #expect(sources.count == 2)
        let itech = sources[0]
        #expect(itech.keys == ["id", "kind", "url", "paging", "fields"])
        #expect(itech["url"]?.stringValue == "https://itech.keit.re.kr/...")
        #expect(itech["paging"]?.tableValue?["param"]?.stringValue == "pageIndex")
        #expect(itech["paging"]?.tableValue?["max_pages"]?.integerValue == 5)
        #expect(itech["fields"]?.tableValue?["title"]?.stringValue == "//div[@class='report']//h4")

        let srome = sources[1]
        #expect(srome.keys == ["id", "kind", "headers"])
        let headers = try #require(srome["headers"]?.tableValue)
        #expect(headers.keys == ["X-Requested-With", "Referer"])
        #expect(headers["X-Requested-With"]?.stringValue == "XMLHttpRequest")
        #expect(headers["Referer"]?.stringValue == "https://srome.keit.re.kr/")
    }

    @Test func locationsComeOutRight() throws {
        let agency = try TOMLDocument.parse(Self.keit, file: "agencies/keit.toml")
        #expect(agency.location(of: "name")?.description == "agencies/keit.toml:2:1")
        #expect(agency["rate_limit"]?.tableValue?.location.description == "agencies/keit.toml:4:1")
        #expect(agency["rate_limit"]?.tableValue?.location(of: "requests_per_minute")?.line == 5)

        let sources = try #require(agency["sources"]?.arrayValue?.compactMap { $0.tableValue })
        #expect(sources.map(\.location.line) == [6, 15])
        #expect(agency.location(of: "sources")?.description == "agencies/keit.toml:6:3")
        let fields = try #require(sources[0]["fields"]?.tableValue)
        #expect(fields.location.line == 13)
        #expect(fields.path == ["sources", "fields"])
        #expect(fields.location(of: "title")?.description == "agencies/keit.toml:14:1")
        let paging = try #require(sources[0]["paging"]?.tableValue)
        #expect(paging.location(of: "max_pages")?.description == "agencies/keit.toml:12:1")

        let headers = try #require(sources[1]["headers"]?.tableValue)
        #expect(headers.location.description == "agencies/keit.toml:18:11")
        #expect(headers.location(of: "X-Requested-With")?.column == 13)
        #expect(headers.location(of: "Referer")?.column == 52)
        #expect(headers.path == ["sources", "headers"])
    }

    @Test func validationCanReportAnUnknownKeyWhereItWasWritten() throws {
        let text = Self.keit.replacing("title = ", with: "selecter = ")
        let agency = try TOMLDocument.parse(text, file: "agencies/keit.toml")
        let fields = try #require(agency["sources"]?.arrayValue?.first?.tableValue?["fields"]?.tableValue)
        let known: Set = ["title", "deadline", "link"]
        let unknown = try #require(fields.entries.first { !known.contains($0.key) })
        #expect(
            "\(unknown.location): unknown key '\(unknown.key)' in [\(fields.pathDescription)]"
                == "agencies/keit.toml:14:1: unknown key 'selecter' in [sources.fields]")
    }

    @Test func aTypoInTheFileIsReportedWithItsLocation() {
        let broken = Self.keit.replacing("max_pages = 5", with: "max_pages = 5\nparam = \"page\"")
        let error = parseError(broken, file: "agencies/keit.toml")
        #expect(error?.description == "agencies/keit.toml:13:1: duplicate key 'param' (first defined at 11:1)")
    }
}
