import Parse
import Testing

/// The golden records' kinds (written by hand from the pages) follow from the title and the call type alone.
@Suite("KindRules on the golden records")
struct KindRulesGoldenTests {
    static let records = NormalizerGoldens.records().filter { $0.program["title"] != nil && $0.program["kind"] != nil }

    @Test func recordsAreThere() {
        #expect(Self.records.count >= 50)
        #expect(Set(Self.records.compactMap { $0.program["kind"] }).count == ProgramKind.allCases.count)
    }

    @Test(arguments: records)
    func titleGivesGoldenKind(_ record: NormalizerGoldens.Record) {
        let result = KindRules.classify(
            title: record.program["title"] ?? "", body: record.pageText, callType: record.program["call_type"])
        #expect(result.kind.rawValue == record.program["kind"])
    }
}
