import Foundation
import Testing

@testable import Parse

/// `ParseResult.rows` on every fixture list page: the crawler remembers each row it saw by id and digest, skipped
/// rows included, so these hold every list parser to one row per id, matching the follow-ups, counting skipped rows
/// as skipped, and digesting a row by what it shows — the same on every parse, different once its title changes.
@Suite("List rows remembered by the crawler")
struct ListRowGoldenTests {
    static let lists = GoldenCorpus.goldens(lists: true)

    /// One list page of the corpus, parsed by its source's parser.
    struct Parsed {
        let golden: GoldenCorpus.Golden
        let source: SourceConfig
        let page: FetchedPage
        let result: ParseResult
        /// The golden's rows as (source_id, title); rows without an id (SMTECH's IRIS rows) have an empty id.
        let items: [(id: String, title: String)]

        init(_ golden: GoldenCorpus.Golden) throws {
            self.golden = golden
            source = try #require(GoldenCorpus.source(golden.source))
            page = try GoldenCorpus.page(for: golden)
            result = try GoldenCorpus.parse(page, with: source)
            let json = try JSONSerialization.jsonObject(with: golden.expected) as? [[String: Any]]
            items = (json ?? []).map { (id: $0["source_id"] as? String ?? "", title: $0["title"] as? String ?? "") }
        }

        func reparse(_ bytes: [UInt8]) throws -> ParseResult {
            var changed = page
            changed.bytes = bytes
            return try GoldenCorpus.parse(changed, with: source)
        }
    }

    @Test("every row with an id is listed once; followed rows under their follow-up's id", arguments: lists)
    func rowsMatchThePage(golden: GoldenCorpus.Golden) throws {
        let parsed = try Parsed(golden)
        let result = parsed.result
        let ids = result.rows.map(\.id)
        #expect(Set(ids).count == ids.count, "repeated row ids: \(ids)")
        #expect(Set(ids) == Set(parsed.items.map(\.id).filter { !$0.isEmpty }), "rows vs golden rows")
        let followed = Set(result.followUps.compactMap { $0.context["id"] })
        #expect(followed.count == result.followUps.count, "a follow-up without an id")
        let kept = Set(result.rows.filter { !$0.skipped }.map(\.id))
        #expect(kept == followed.union(result.programs.map(\.sourceID)), "rows not skipped = followed + programs")
        let withoutID = parsed.items.count(where: { $0.id.isEmpty })
        #expect(
            result.skipped == result.rows.count(where: \.skipped) + withoutID,
            "skipped \(result.skipped), rows skipped \(result.rows.count(where: \.skipped)), without id \(withoutID)")
        #expect(result.rows.allSatisfy { $0.digest.count == 32 && $0.digest.allSatisfy(\.isHexDigit) })
    }

    @Test(
        "IRIS and NTIS pages remember other agencies' rows as skipped",
        arguments: ["iris.list", "ntis.list"])
    func otherAgenciesRemembered(source: String) throws {
        var skippedRows = 0
        for golden in Self.lists where golden.source == source {
            let parsed = try Parsed(golden)
            let skipped = parsed.result.rows.filter(\.skipped)
            #expect(parsed.result.skipped == skipped.count, "\(golden.file)")
            let followed = Set(parsed.result.followUps.compactMap { $0.context["id"] })
            #expect(skipped.allSatisfy { !followed.contains($0.id) }, "\(golden.file): a skipped row was followed")
            skippedRows += skipped.count
        }
        #expect(skippedRows > 0, "no \(source) fixture page has a skipped row")
    }

    @Test("without a detail source to follow, every row is remembered as skipped and counted", arguments: lists)
    func noDetailSource(golden: GoldenCorpus.Golden) throws {
        let parsed = try Parsed(golden)
        var source = parsed.source
        source.detailSource = nil
        let result = try GoldenCorpus.parse(parsed.page, with: source)
        #expect(result.followUps.isEmpty)
        #expect(result.rows.map(\.id) == parsed.result.rows.map(\.id))
        #expect(Set(result.rows.filter { !$0.skipped }.map(\.id)) == Set(result.programs.map(\.sourceID)))
        let withoutID = parsed.items.count(where: { $0.id.isEmpty })
        #expect(result.skipped == result.rows.count(where: \.skipped) + withoutID)
    }

    @Test("a row's digest is the same on every parse", arguments: lists)
    func digestsAreStable(golden: GoldenCorpus.Golden) throws {
        let parsed = try Parsed(golden)
        #expect(try parsed.reparse(parsed.page.bytes).rows == parsed.result.rows)
    }

    @Test("a row whose title changes gets a new digest; the page's other rows keep theirs", arguments: lists)
    func titleChangesDigest(golden: GoldenCorpus.Golden) throws {
        let parsed = try Parsed(golden)
        let before = Dictionary(uniqueKeysWithValues: parsed.result.rows.map { ($0.id, $0) })
        var changedRows = 0
        var changedSkipped = 0
        for item in parsed.items where !item.id.isEmpty && !item.title.isEmpty {
            let title = Array(item.title.utf8)
            guard let bytes = Self.replacing(title, with: title + Array(" (정정)".utf8), in: parsed.page.bytes)
            else { continue }
            let after = try parsed.reparse(bytes).rows
            let row = try #require(after.first { $0.id == item.id }, "\(item.id) gone after its title changed")
            #expect(row.digest != before[item.id]?.digest, "\(item.id): same digest after its title changed")
            #expect(row.skipped == before[item.id]?.skipped)
            for other in after where other.id != item.id {
                let otherTitle = parsed.items.first { $0.id == other.id }?.title ?? ""
                guard !otherTitle.contains(item.title) else { continue }
                #expect(other.digest == before[other.id]?.digest, "\(other.id) changed with \(item.id)'s title")
            }
            changedRows += 1
            if row.skipped { changedSkipped += 1 }
        }
        #expect(parsed.items.isEmpty || changedRows > 0, "no row title found in the page to change")
        if parsed.result.rows.contains(where: \.skipped) {
            #expect(changedSkipped > 0, "no skipped row's title found in the page to change")
        }
    }

    /// `bytes` with every occurrence of `old` replaced by `new`; nil when `old` does not occur.
    static func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8]? {
        guard !old.isEmpty else { return nil }
        var result: [UInt8] = []
        var index = 0
        var found = false
        while index < bytes.count {
            if bytes[index] == old[0], index + old.count <= bytes.count,
                bytes[index..<index + old.count].elementsEqual(old)
            {
                result += new
                index += old.count
                found = true
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return found ? result : nil
    }
}
