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
        let bytes = [UInt8](try Program.hashedRecordEncoder.encode(program.hashedRecord))
        #expect(program.contentHash(recordJSON: bytes) == program.contentHash)
        let before = program.contentHash
        program.bodyText = "지원대상: 중견기업"
        #expect(program.contentHash(recordJSON: bytes) != before)
    }
}
