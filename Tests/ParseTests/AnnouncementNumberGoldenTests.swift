import Parse
import Testing

/// The pages' bodies carry the `…부 공고 제YYYY-N호` number; `find` must give the golden record's.
@Suite("AnnouncementNumber on the golden records")
struct AnnouncementNumberGoldenTests {
    /// Records whose number is the written `제…호` form and whose page is readable here.
    static let records = NormalizerGoldens.records().filter {
        $0.pageText != nil && ($0.program["announcement_number"]?.contains("공고") ?? false)
    }

    @Test func recordsAreThere() {
        #expect(Self.records.count >= 30)
    }

    @Test(arguments: records)
    func pageGivesGoldenNumber(_ record: NormalizerGoldens.Record) {
        #expect(AnnouncementNumber.find(in: record.pageText ?? "") == record.program["announcement_number"])
    }

    /// Every golden number is already in normalized form.
    @Test(arguments: NormalizerGoldens.records().filter { $0.program["announcement_number"] != nil })
    func goldenNumberIsNormalized(_ record: NormalizerGoldens.Record) {
        let number = record.program["announcement_number"]
        #expect(AnnouncementNumber.normalize(number) == number)
    }
}
