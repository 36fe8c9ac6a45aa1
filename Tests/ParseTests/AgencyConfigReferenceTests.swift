import Foundation
import Parse
import Testing

/// `detail` may name a source of another agency file; `loadDirectory`, which sees every file, checks it.
@Suite("Agency files: detail sources across files")
struct AgencyConfigReferenceTests {
    private let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)

    private func directoryErrors(_ files: [String: String]) throws -> [AgencyConfigError] {
        let folder = try AgencyFiles.folder(files)
        let thrown = #expect(throws: AgencyConfigErrors.self) { try loader.loadDirectory(folder) }
        return thrown?.errors ?? []
    }

    @Test("kimst.business.list names iris.detail of agencies/iris.toml, and its rows are requests for it")
    func kimstToIRIS() throws {
        let business = try #require(GoldenCorpus.source("kimst.business.list"))
        #expect(business.detailSource == "iris.detail")
        #expect(GoldenCorpus.source("iris.detail")?.kind == .htmlDetail)
        let page = try KIMSTFixture.page("pjtAnuc/list-1.html", url: KIMSTFixture.business + "?page=1")
        let result = try GoldenCorpus.parse(page, with: business)
        #expect(!result.followUps.isEmpty && result.followUps.allSatisfy { $0.source == "iris.detail" })
    }

    @Test("a detail source of another file is accepted by the directory loader")
    func otherFile() throws {
        let list = AgencyFiles.listAndDetail(
            code: "A", list: "a.list", detail: "a.detail", listExtra: "detail = \"b.detail\"")
        let other = AgencyFiles.listAndDetail(code: "B", list: "b.list", detail: "b.detail")
        let configs = try loader.loadDirectory(try AgencyFiles.folder(["a.toml": list, "b.toml": other]))
        #expect(configs.flatMap(\.sources).first { $0.id == "a.list" }?.detailSource == "b.detail")
    }

    @Test("a detail source no file defines is named with file, line, source and field")
    func unknownDetail() throws {
        let list = AgencyFiles.listAndDetail(
            code: "A", list: "a.list", detail: "a.detail", listExtra: "detail = \"b.detial\"")
        let other = AgencyFiles.listAndDetail(code: "B", list: "b.list", detail: "b.detail")
        let errors = try directoryErrors(["a.toml": list, "b.toml": other])
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.source == "a.list" && error.field == "detail")
        #expect(error.location.hasSuffix("a.toml:10:1"), "the detail key: \(error.location)")
        #expect(error.message.contains("'b.detial', which no agency file defines"))
        #expect(error.message.contains("a.detail, b.detail"))
    }

    @Test("detail must name a detail source, not a list")
    func detailIsAList() throws {
        let list = AgencyFiles.listAndDetail(
            code: "A", list: "a.list", detail: "a.detail", listExtra: "detail = \"b.list\"")
        let other = AgencyFiles.listAndDetail(code: "B", list: "b.list", detail: "b.detail")
        let error = try #require(try directoryErrors(["a.toml": list, "b.toml": other]).first)
        #expect(error.field == "detail" && error.message.contains("html_list source, not an html_detail source"))
        #expect(error.message.contains("b.toml"))
    }

    @Test("a source id defined in two files is an error naming both")
    func duplicateID() throws {
        let first = AgencyFiles.listAndDetail(code: "A", list: "a.list", detail: "x.detail")
        let second = AgencyFiles.listAndDetail(code: "B", list: "b.list", detail: "x.detail")
        let error = try #require(try directoryErrors(["a.toml": first, "b.toml": second]).first)
        #expect(error.source == "x.detail" && error.location.contains("b.toml"))
        #expect(error.message.contains("a.toml"))
    }

    @Test("one file loaded on its own does not judge references it cannot see")
    func singleFile() throws {
        let list = AgencyFiles.listAndDetail(listExtra: "detail = \"iris.detail\"")
        let config = try loader.load(try AgencyFiles.write(list))
        #expect(config.sources.first?.detailSource == "iris.detail")
    }
}
