import Parse
import Testing

/// Text that states no period gives nil: a guessed deadline would be stored as the truth.
@Suite("PeriodText: what is not a period")
struct PeriodTextRejectTests {
    /// Text that must give nil, and why.
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        var referenceYear: Int? = nil
        let why: String
        var testDescription: String { "\(text.debugDescription): \(why)" }
    }

    static let cases: [Case] = [
        Case(text: "미정", why: "undecided says nothing"),
        Case(text: "", why: "empty"),
        Case(text: "-", why: "placeholder"),
        Case(text: " \u{00A0}", why: "only spaces"),
        Case(text: "~", why: "a separator alone"),
        Case(text: "해당없음", why: "words without a period"),
        Case(text: "2026.9.9 16:00", why: "a lone date is neither start nor end"),
        Case(text: "2026.12.20 ~ 2026.12.08", why: "ends before it starts"),
        Case(text: "2026.12.10 18:00 ~ 2026.12.10 09:00", why: "ends before it starts, same day"),
        Case(text: "2026-02-30 ~ 2026-03-10", why: "no such start day"),
        Case(text: "2026.11.18 ~ 12.40", why: "no such end day"),
        Case(text: "2026.11.17 ~ 2026.12.08 25:00", why: "no such closing time"),
        Case(text: "2026.08.31 - 09.11", why: "a dash only separates two full dates"),
        Case(text: "6. 2.(화) ~ 6. 23.(화)", why: "no year and no reference year"),
        Case(text: "~ 4/13", why: "no year and no reference year"),
        Case(text: "2026.11.17 ~ 2026.12.08 18", why: "a number left over"),
        Case(text: "2026.11.17 ~ 2026.12.08 ~ 2026.12.20", why: "two separators"),
        Case(text: "2026.11.17 ~ 2026.12.08 오후", why: "a closing time cut short"),
        Case(text: "2026.11.17 ~ 접수 중", why: "an end that is neither a date nor an open-ended phrase"),
    ]

    @Test("garbage, impossible days and backwards periods give nil", arguments: cases)
    func rejected(_ example: Case) {
        #expect(PeriodText.parse(example.text, referenceYear: example.referenceYear) == nil)
    }
}
