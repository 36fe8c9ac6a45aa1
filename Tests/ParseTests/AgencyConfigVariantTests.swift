import Foundation
import Parse
import Testing

/// A parameter written as an array is crawled once per value: `requestVariants()` and `variants()`, and the checks
/// that keep arrays to literal values on list sources.
@Suite("Agency files: parameters with several values (crawl variants)")
struct AgencyConfigVariantTests {
    private let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)

    private func list(params: String) throws -> SourceConfig {
        let config = try loader.load(try AgencyFiles.write(AgencyFiles.listAndDetail(params: params)))
        return try #require(config.sources.first { $0.id == "t.list" })
    }

    private func errors(
        params: String = #"params = { pageIndex = "{page}" }"#, detailExtra: String = ""
    ) throws -> [AgencyConfigError] {
        let text = AgencyFiles.listAndDetail(detailExtra: detailExtra, params: params)
        let thrown = #expect(throws: AgencyConfigErrors.self) { try loader.load(try AgencyFiles.write(text)) }
        return thrown?.errors ?? []
    }

    @Test("iris.list crawls 접수중 and 접수예정, each variant a source whose parameters hold its tab")
    func irisTabs() throws {
        let source = try #require(GoldenCorpus.source("iris.list"))
        #expect(source.parameterChoices == ["ancmPrg": ["ancmIng", "ancmPre"]])
        #expect(source.parameters["ancmPrg"] == nil)
        #expect(source.requestVariants().map { $0["ancmPrg"] } == ["ancmIng", "ancmPre"])
        #expect(source.requestVariants().allSatisfy { $0["pageIndex"] == "{page}" && $0["bizSearch"] == "" })
        let variants = source.variants()
        #expect(variants.map(\.id) == ["iris.list", "iris.list"])
        #expect(variants.map { $0.parameters["ancmPrg"] } == ["ancmIng", "ancmPre"])
        #expect(variants.map(\.variantLabel) == ["ancmPrg=ancmIng", "ancmPrg=ancmPre"])
        #expect(variants.allSatisfy { $0.parameterChoices.isEmpty && $0.rules == source.rules })
    }

    @Test("every combination, names sorted and the first varying slowest, values in file order")
    func combinations() throws {
        let source = try list(params: #"params = { pageIndex = "{page}", tab = ["b", "a"], kind = ["x", "y"] }"#)
        let variants = source.requestVariants()
        #expect(variants.map { "\($0["kind"] ?? "")\($0["tab"] ?? "")" } == ["xb", "xa", "yb", "ya"])
        #expect(variants.allSatisfy { $0["pageIndex"] == "{page}" })
        #expect(
            source.variants().map(\.variantLabel) == ["kind=x&tab=b", "kind=x&tab=a", "kind=y&tab=b", "kind=y&tab=a"])
    }

    @Test("a source without arrays is its own single variant")
    func singleVariant() throws {
        let source = try list(params: #"params = { pageIndex = "{page}", tab = "a" }"#)
        #expect(source.requestVariants() == [["pageIndex": "{page}", "tab": "a"]])
        #expect(source.variants() == [source])
        #expect(source.variantLabel.isEmpty)
    }

    @Test(
        "arrays that cannot be crawled are refused with file, line, source and parameter",
        arguments: [
            (#"params = { pageIndex = "{page}", tab = [] }"#, "empty array"),
            (#"params = { pageIndex = "{page}", tab = ["a", 2] }"#, "not integer"),
            (#"params = { pageIndex = "{page}", tab = ["a", "{id}"] }"#, "literal"),
            (#"params = { pageIndex = "{page}", tab = ["a", "a"] }"#, "listed twice"),
            (#"params = { pageIndex = "{page}", tab = 3 }"#, "not integer"),
        ])
    func badArrays(params: String, message: String) throws {
        let error = try #require(try errors(params: params).first)
        #expect(error.source == "t.list")
        #expect(error.field == "params.tab")
        #expect(error.location.contains("test.toml:9:"), "the params line: \(error.location)")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test("a detail source may not list several values: it is requested once per id")
    func arrayOnDetail() throws {
        let errors = try errors(detailExtra: #"params = { id = "{id}", tab = ["a", "b"] }"#)
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.source == "t.detail" && error.field == "params.tab")
        #expect(error.message.contains("detail source"))
        #expect(error.description.contains("test.toml:"))
    }

    @Test("the page parameter cannot be an array")
    func pagingArray() throws {
        let errors = try errors(params: #"params = { pageIndex = ["1", "2"] }"#)
        #expect(errors.contains { $0.field == "paging.param" && $0.message.contains("several values") })
    }

    @Test("a source with arrays is rendered per variant, never as itself")
    func renderPerVariant() throws {
        let source = try list(params: #"params = { pageIndex = "{page}", tab = ["a", "b"] }"#)
        let error = #expect(throws: SourceRequestError.self) { try source.request(page: 1) }
        #expect(error?.field == "params.tab")
        let urls = try source.variants().map { try $0.request(page: 2).url }
        #expect(
            urls == [
                "https://example.test/list.do?pageIndex=2&tab=a", "https://example.test/list.do?pageIndex=2&tab=b",
            ])
    }
}
