import Foundation
import Parse
import Testing

/// `[sources.screen_rules]`: the XPaths a JSON list source reads the site's HTML list screen with, checked like
/// every other rule.
@Suite("Agency files: screen rules of JSON lists")
struct AgencyConfigScreenRulesTests {
    private let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)

    private static let screen = """
        table = "//table"
        rows = "//table/tbody/tr"
        headings = "//table/thead//th"
        cells = "td"
        link = ".//a"
        total = "//p"
        error_marker = "//div[@class='error_box']"
        """

    private static func jsonList(screenRules: String? = screen, kind: String = "json_list") -> String {
        """
        code = "K"
        name = "Test"

        [[sources]]
        id = "k.list"
        kind = "\(kind)"
        parser = "keit_itech_list"
        url = "https://example.test/list.json"

        [sources.rules]
        rows = "list"
        id = "ancmId"
        year = "bsnsYy"
        title = "ancmTl"
        \(screenRules.map { "\n[sources.screen_rules]\n" + $0 } ?? "")
        """
    }

    private func errors(_ text: String) -> [AgencyConfigError] {
        let thrown = #expect(throws: AgencyConfigErrors.self) { try loader.load(try AgencyFiles.write(text)) }
        return thrown?.errors ?? []
    }

    @Test("the checked-in JSON lists carry the screen rules their parsers read")
    func checkedIn() throws {
        let iris = try #require(GoldenCorpus.source("iris.list"))
        #expect(Set(iris.screenRules.keys) == ParserRegistry.screenRules["iris_list"]?.required)
        let keit = try #require(GoldenCorpus.source("keit.itech.list"))
        #expect(Set(keit.screenRules.keys) == ParserRegistry.screenRules["keit_itech_list"]?.required)
        #expect(keit.screenRules["cells"] == "td")
    }

    @Test("a valid JSON list with its screen rules loads")
    func valid() throws {
        let config = try loader.load(try AgencyFiles.write(Self.jsonList()))
        #expect(config.sources.first?.screenRules.count == 7)
    }

    @Test("a broken screen XPath is named with its rule and position")
    func badXPath() throws {
        let text = Self.jsonList().replacingOccurrences(of: "link = \".//a\"", with: "link = \".//a[\"")
        let error = try #require(errors(text).first)
        #expect(error.source == "k.list" && error.field == "screen rule 'link'")
        #expect(error.message.contains("invalid XPath"))
        #expect(error.location.hasSuffix("test.toml:21:1"), "\(error.location)")
    }

    @Test("a missing screen rule, or a missing table, is an error; a misspelt one is refused")
    func missingAndUnknown() throws {
        let missing = errors(Self.jsonList().replacingOccurrences(of: "cells = \"td\"", with: ""))
        #expect(missing.map(\.field) == ["screen rule 'cells'"])
        #expect(missing.first?.message.contains("required by parser keit_itech_list") == true)
        #expect(errors(Self.jsonList(screenRules: nil)).count == 7)
        let misspelt = errors(Self.jsonList().replacingOccurrences(of: "cells = ", with: "cels = "))
        #expect(Set(misspelt.compactMap(\.field)) == ["screen rule 'cells'", "screen rule 'cels'"])
        #expect(misspelt.contains { $0.message.contains("is not a screen rule of parser keit_itech_list") })
    }

    @Test("screen rules belong only to JSON lists whose parser reads a screen")
    func wrongPlace() throws {
        let html = AgencyFiles.listAndDetail(listExtra: "screen_rules = { rows = \"//tr\" }")
        let error = try #require(errors(html).first)
        #expect(error.source == "t.list" && error.field == "screen_rules")
        #expect(error.message.contains("only a json_list source"))
        let noScreen = AgencyConfigLoader(parsers: ParserRegistry.rules, screenRules: [:])
        let thrown = #expect(throws: AgencyConfigErrors.self) {
            try noScreen.load(try AgencyFiles.write(Self.jsonList()))
        }
        #expect(thrown?.errors.first?.message.contains("reads no HTML list screen") == true)
    }
}
