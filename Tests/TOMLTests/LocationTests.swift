import TOML
import Testing

@Suite("Locations")
struct LocationTests {
    @Test func descriptionIsFileLineColumn() {
        #expect(TOMLLocation(file: "agencies/iitp.toml", line: 14, column: 1).description == "agencies/iitp.toml:14:1")
    }

    @Test func keyLocations() throws {
        let text = """
            # settings
            title = "x"
              indented = 1
            [server]
            port.http = 80
            "quoted" = 'y'
            """
        let document = try parse(text, file: "settings.toml")
        #expect(document.location(of: "title") == TOMLLocation(file: "settings.toml", line: 2, column: 1))
        #expect(document.location(of: "indented")?.description == "settings.toml:3:3")
        #expect(document.location(of: "server")?.description == "settings.toml:4:2")
        let server = try #require(document["server"]?.tableValue)
        #expect(server.location.description == "settings.toml:4:1")
        #expect(server.location(of: "port")?.description == "settings.toml:5:1")
        #expect(server["port"]?.tableValue?.location(of: "http")?.description == "settings.toml:5:6")
        #expect(server.location(of: "quoted")?.description == "settings.toml:6:1")
        #expect(server.location(of: "missing") == nil)
        #expect(document.location.description == "settings.toml:1:1")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let document = try parse("v = { \"이름\" = \"한국\", code = 'KEIT' }\n\"기관\" = 1")
        let inline = try #require(document["v"]?.tableValue)
        #expect(inline.location.column == 5)
        #expect(inline.location(of: "이름")?.column == 7)
        // `v = { "이름" = "한국", ` is 19 characters (but 27 bytes).
        #expect(inline.location(of: "code")?.column == 20)
        #expect(document.location(of: "기관")?.line == 2)
        let error = parseError("\"기관\" = \"한국\" x")
        #expect(error?.location.column == 13)
    }

    @Test func headerLocations() throws {
        let text = "[[sources]]\nid = 1\n\n[[sources]]\nid = 2\n  [ sources . paging ]\nmax = 5"
        let document = try parse(text)
        let sources = try #require(document["sources"]?.arrayValue?.compactMap { $0.tableValue })
        #expect(sources.map(\.location.line) == [1, 4])
        #expect(document.location(of: "sources")?.column == 3)
        #expect(sources[1].location(of: "paging")?.column == 15)
        #expect(sources[1]["paging"]?.tableValue?.location.description == "test.toml:6:3")
    }

    @Test func implicitTableTakesTheLocationOfItsHeader() throws {
        let document = try parse("[a.b]\nx = 1\n\n[a]\ny = 2")
        #expect(document["a"]?.tableValue?.location.line == 4)
        #expect(document.location(of: "a")?.line == 4)
    }

    @Test func crlfAndByteOrderMark() throws {
        let document = try parse("\u{FEFF}a = 1\r\nb = 2\r\n\r\n  c = 3\r\n")
        #expect(document.location(of: "a")?.column == 1)
        #expect(document.location(of: "c")?.description == "test.toml:4:3")
    }

    @Test func multilineValuesAdvanceLines() throws {
        let document = try parse("a = \"\"\"\none\ntwo\"\"\"\nb = [\n 1,\n]\nc = 1")
        #expect(document.location(of: "b")?.line == 4)
        #expect(document.location(of: "c")?.line == 7)
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        let error = parseError("code = \"KEIT\"\nrate = \n", file: "agencies/keit.toml")
        #expect(error?.description == "agencies/keit.toml:2:8: expected a value, found end of line")
    }
}
