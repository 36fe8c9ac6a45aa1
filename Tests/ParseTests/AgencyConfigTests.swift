import Foundation
import Parse
import Testing

@Suite("Agency files are checked strictly, with positions")
struct AgencyConfigTests {
    private let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)

    private func write(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agencies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("test.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

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

    @Test("an unknown parser or kind, a relative URL and a dangling detail source are errors")
    func otherMistakes() throws {
        let text =
            valid
            .replacingOccurrences(of: "parser = \"ntis_detail\"", with: "parser = \"ntis_detial\"")
            .replacingOccurrences(
                of: "kind = \"html_detail\"", with: "kind = \"html_detail\"\ndetail = \"ntis.nowhere\"")
        let errors = #expect(throws: AgencyConfigErrors.self) { try loader.load(try write(text)) }
        let fields = Set(errors?.errors.compactMap(\.field) ?? [])
        #expect(fields.contains("parser"))
        #expect(fields.contains("detail"))
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
