import Foundation
import Parse
import Testing

@Suite("Agency files are checked strictly, with positions")
struct AgencyConfigTests {
    private let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)

    private func write(_ text: String) throws -> String { try AgencyFiles.write(text) }

    private let valid = """
        code = "NTIS"
        name = "국가R&D통합공고"
        shared = true

        [[sources]]
        id = "ntis.detail"
        kind = "html_detail"
        parser = "ntis_detail"
        url = "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do"

        [sources.rules]
        title = "//h1"
        labels = "//li"
        label = "span[1]"
        attachments = "//div[@class='summary_file']//a"
        body = "//div[@class='se-contents']"
        """

    @Test("the checked-in agency files load, and every source names a known parser")
    func checkedInFiles() throws {
        let configs = try loader.loadDirectory(GoldenCorpus.root.appendingPathComponent("agencies").path)
        #expect(!configs.isEmpty)
        for source in configs.flatMap(\.sources) {
            #expect(ParserRegistry.parser(named: source.parser) != nil, "\(source.id) → \(source.parser)")
        }
    }

    @Test("a valid file loads, with the default rate limit for its host")
    func validFile() throws {
        let config = try loader.load(try write(valid))
        #expect(config.sources.map(\.id) == ["ntis.detail"])
        #expect(config.rateLimits["www.ntis.go.kr"] == 10)
    }

    @Test("an unknown key is reported with file, line, column, source and field")
    func unknownSourceKey() throws {
        let text = valid.replacingOccurrences(
            of: "url = \"https://www.ntis.go.kr/rndgate/eg/un/ra/view.do\"",
            with: "url = \"https://www.ntis.go.kr/rndgate/eg/un/ra/view.do\"\nselecter = \"//x\"")
        let errors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(text)) }
        let error = try #require(errors?.errors.first)
        #expect(error.source == "ntis.detail")
        #expect(error.field == "selecter")
        #expect(error.message.contains("unknown key"))
        #expect(error.location.hasSuffix("test.toml:10:1"), "position of the key: \(error.location)")
    }

    @Test("a broken XPath is named with its rule and position")
    func badXPath() throws {
        let text = valid.replacingOccurrences(of: "title = \"//h1\"", with: "title = \"//h1[@class=\"")
        let errors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(text)) }
        let error = try #require(errors?.errors.first)
        #expect(error.field == "rule 'title'")
        #expect(error.message.contains("invalid XPath"))
        #expect(error.location.hasSuffix(":12:1"))
    }

    @Test("a rule the parser needs is missing; a rule it does not know is refused")
    func missingAndUnknownRules() throws {
        let missing = valid.replacingOccurrences(of: "body = \"//div[@class='se-contents']\"", with: "")
        let missingErrors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(missing)) }
        #expect(missingErrors?.errors.contains { $0.field == "rule 'body'" && $0.message.contains("required") } == true)
        let extra = valid + "\ntitel = \"//h2\"\n"
        let extraErrors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(extra)) }
        #expect(
            extraErrors?.errors.contains { $0.field == "rule 'titel'" && $0.message.contains("not a rule") } == true)
    }

    @Test("an unknown parser or kind and a relative URL are errors")
    func otherMistakes() throws {
        let text = valid.replacingOccurrences(of: "parser = \"ntis_detail\"", with: "parser = \"ntis_detial\"")
        let errors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(text)) }
        #expect(errors?.errors.map(\.field) == ["parser"])
        let relative = valid.replacingOccurrences(
            of: "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do", with: "/view.do")
        let urlErrors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(relative)) }
        #expect(urlErrors?.errors.first?.field == "url")
    }

    @Test("a file that is not TOML is reported with its position")
    func notTOML() throws {
        let errors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write("code = \"X\n")) }
        #expect(errors?.errors.first?.location.contains("test.toml:1:") == true)
    }
}

/// Agency files written to a fresh temporary folder, for the loader's tests.
enum AgencyFiles {
    /// `text` as `test.toml`, alone in a new folder; its path.
    static func write(_ text: String) throws -> String {
        try (folder(["test.toml": text]) as NSString).appendingPathComponent("test.toml")
    }

    /// A new folder holding `files` (name → text); its path.
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agencies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    /// A list source (parser ntis_list) and the detail source it links to, with `extra` lines added to the list's
    /// table and `detailExtra` to the detail's; every rule the parsers need is there.
    static func listAndDetail(
        code: String = "T", list: String = "t.list", detail: String = "t.detail", listExtra: String = "",
        detailExtra: String = "", params: String = "params = { pageIndex = \"{page}\" }",
        listURL: String = "https://example.test/list.do", detailURL: String = "https://example.test/view.do"
    ) -> String {
        """
        code = "\(code)"
        name = "Test \(code)"

        [[sources]]
        id = "\(list)"
        kind = "html_list"
        parser = "ntis_list"
        url = "\(listURL)"
        \(params)
        \(listExtra)

        [sources.paging]
        param = "pageIndex"

        [sources.rules]
        rows = "//tr"
        id = "td[1]"
        title = "td[2]"
        ministry = "td[3]"
        link = "td[2]//a/@href"

        [[sources]]
        id = "\(detail)"
        kind = "html_detail"
        parser = "ntis_detail"
        url = "\(detailURL)"
        \(detailExtra)

        [sources.rules]
        title = "//h1"
        labels = "//li"
        label = "span[1]"
        attachments = "//a"
        body = "//div"
        """
    }
}
