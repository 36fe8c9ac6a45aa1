import Foundation
import Parse
import Testing

/// Every fixture detail page parses to exactly its golden record, and every list page yields its rows with ids and
/// links (for every source that has an agency file).
@Suite("Parsers against the golden records")
struct GoldenParseTests {
    @Test("a detail page parses to its golden record", arguments: GoldenCorpus.goldens(lists: false))
    func detail(golden: GoldenCorpus.Golden) throws {
        let source = try #require(GoldenCorpus.source(golden.source))
        let parser = try #require(ParserRegistry.parser(named: source.parser), "parser \(source.parser) unknown")
        let result = try parser.init().parse(try GoldenCorpus.page(for: golden), source: source)
        if golden.isOtherAgency {
            #expect(result.programs.isEmpty && result.skipped == 1, "another agency's call must be skipped")
            return
        }
        #expect(result.programs.count == 1)
        let program = try #require(result.programs.first)
        let encoder = JSONEncoder()
        let actual = try encoder.encode(ProgramRecord(program, asOf: golden.asOf))
        let differences = GoldenCorpus.differences(expected: golden.expected, actual: actual)
        #expect(differences.isEmpty, "\(golden.file):\n\(differences.joined(separator: "\n"))")
        for phrase in golden.bodyContains {
            #expect(program.bodyText?.contains(phrase) == true, "body lacks \"\(phrase)\"")
        }
    }

    @Test(
        "a list page yields every row's id and link, or counts it as skipped",
        arguments: GoldenCorpus.goldens(lists: true))
    func list(golden: GoldenCorpus.Golden) throws {
        let source = try #require(GoldenCorpus.source(golden.source))
        let parser = try #require(ParserRegistry.parser(named: source.parser))
        let result = try parser.init().parse(try GoldenCorpus.page(for: golden), source: source)
        let items = try #require(try JSONSerialization.jsonObject(with: golden.expected) as? [[String: Any]])
        #expect(
            result.followUps.count + result.programs.count + result.skipped == items.count,
            "rows: \(items.count), follow-ups \(result.followUps.count), programs \(result.programs.count), skipped \(result.skipped)"
        )
        let expectedIDs = Set(items.compactMap { $0["source_id"] as? String })
        for followUp in result.followUps {
            let id = try #require(followUp.context["id"], "follow-up without id")
            #expect(expectedIDs.contains(id), "unexpected row id \(id)")
            if let expected = items.first(where: { $0["source_id"] as? String == id })?["detail_url"] as? String {
                #expect(URLTextCanonical.same(followUp.url, expected), "\(id): \(followUp.url) vs \(expected)")
            }
        }
    }
}

/// Detail URLs compare without paging and tracking parameters (`flag=rndList`), which canonical URLs drop.
enum URLTextCanonical {
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        URLText.canonical(lhs, dropping: ["pageIndex", "cPage", "page", "flag"])
            == URLText.canonical(rhs, dropping: ["pageIndex", "cPage", "page", "flag"])
    }
}
