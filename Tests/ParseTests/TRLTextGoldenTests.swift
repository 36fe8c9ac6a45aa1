import Parse
import Testing

/// Holds `TRLText` to the golden records: the stated range where a golden gives one (an open top, `trl_max: null`
/// with a minimum, is `TRL n 이상`: n...9), and nothing where it gives none.
struct TRLTextGoldenTests {
    @Test("golden trl_min/trl_max", arguments: EligibilityGoldenPage.all)
    func range(page: EligibilityGoldenPage) {
        let expected: ClosedRange<Int>? =
            page.trlMin == nil && page.trlMax == nil ? nil : (page.trlMin ?? 1)...(page.trlMax ?? 9)
        let found = page.trl
        #expect(
            found == expected,
            "\(page.file): expected \(String(describing: expected)), found \(String(describing: found))")
    }
}
