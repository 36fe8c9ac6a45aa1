import Foundation
import Parse
import Testing

@Suite("Content hash over normalized fields")
struct ContentHashTests {
    private func detail() throws -> Program {
        let url = "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=1243873"
        var bytes = [UInt8](
            try Data(contentsOf: GoldenCorpus.fixtures.appendingPathComponent("real/ntis-detail-1243873.html")))
        bytes += Array("<!-- view counter 1 -->".utf8)
        let source = try #require(GoldenCorpus.source("ntis.detail"))
        let result = try GoldenCorpus.parser("ntis_detail").parse(FetchedPage(url: url, bytes: bytes), source: source)
        return try #require(result.programs.first)
    }

    @Test("the same page parsed twice, or with a different view counter, has the same hash")
    func stable() throws {
        let first = try detail()
        let second = try detail()
        #expect(first.contentHash == second.contentHash)
        #expect(first.contentHash.count == 32)
    }

    @Test("a changed deadline, budget or body changes the hash")
    func changes() throws {
        let original = try detail()
        var extended = original
        extended.period.end = original.period.end?.addingTimeInterval(86_400)
        #expect(extended.contentHash != original.contentHash)
        var budget = original
        budget.budget.totalKRW = 7_200_000_000
        #expect(budget.contentHash != original.contentHash)
        var body = original
        body.bodyText = (original.bodyText ?? "") + " 정정"
        #expect(body.contentHash != original.contentHash)
    }
}

@Suite("Content hash from an encoded record")
struct ContentHashFromRecordTests {
    @Test("the hash over a record encoded once equals the program's own hash, and still covers the body")
    func sameHash() throws {
        var program = Program(agency: .keit, source: "keit.itech.detail", sourceID: "I26077-2026", title: "로봇 공고")
        program.bodyText = "지원대상: 중소기업"
        program.businessName = "로봇산업기술개발"
        let bytes = program.hashedRecord.canonicalJSON
        #expect(program.contentHash(recordJSON: bytes) == program.contentHash)
        let before = program.contentHash
        program.bodyText = "지원대상: 중견기업"
        #expect(program.contentHash(recordJSON: bytes) != before)
    }
}

@Suite("Canonical record JSON")
struct CanonicalJSONTests {
    /// The encoding the content hash was first defined over: the hand-written writer must match it byte for byte,
    /// or every stored program would look changed.
    private static func encoded(_ record: ProgramRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(record))
    }

    @Test(
        "every golden detail program encodes as JSONEncoder encodes it", arguments: GoldenCorpus.goldens(lists: false))
    func goldenPrograms(_ golden: GoldenCorpus.Golden) throws {
        let source = try #require(GoldenCorpus.source(golden.source))
        let result = try GoldenCorpus.parse(try GoldenCorpus.page(for: golden), with: source)
        #expect(!result.programs.isEmpty || golden.isOtherAgency)
        for program in result.programs {
            let record = ProgramRecord(program, asOf: golden.asOf)
            #expect(
                String(decoding: record.canonicalJSON, as: UTF8.self)
                    == String(decoding: try Self.encoded(record), as: UTF8.self))
        }
    }

    @Test("control characters, quotes, backslashes, slashes, non-ASCII, absent and present optionals")
    func edgeCases() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        var program = Program(agency: nil, source: "x", sourceID: "a\\b\"c/d", title: controls + "🎉 공고 \u{7F}")
        program.budget.totalKRW = -1
        program.budget.perProjectKRW = Int64.max
        program.trl = 1...9
        program.eligibility.consortiumRequired = Finding(false, phrase: "", confidence: 1)
        program.attachments = [Attachment(name: "첨부\t1", url: "https://a/b?c=d&e=\"f\"", type: "hwp")]
        program.contact = Contact(name: "김", email: "a@b")
        program.fields = ["", "A/B"]
        for contact in [program.contact, nil, Contact()] {
            program.contact = contact
            let record = ProgramRecord(program, asOf: Date(timeIntervalSince1970: 0))
            #expect(
                String(decoding: record.canonicalJSON, as: UTF8.self)
                    == String(decoding: try Self.encoded(record), as: UTF8.self))
        }
    }
}
