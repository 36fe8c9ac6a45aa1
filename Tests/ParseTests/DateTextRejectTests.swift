import Parse
import Testing

/// Text that is not one existing date gives nil instead of a guess: a wrong deadline is worse than none.
@Suite("DateText: what is not a date")
struct DateTextRejectTests {
    /// Text that must give nil, and why.
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        var referenceYear: Int? = nil
        let why: String
        var testDescription: String { "\(text.debugDescription): \(why)" }
    }

    static let cases: [Case] = [
        Case(text: "2026-02-30", why: "no such day"),
        Case(text: "2025-02-29", why: "not a leap year"),
        Case(text: "2026-13-01", why: "no such month"),
        Case(text: "2026.00.10", why: "no month 0"),
        Case(text: "2026.04.31", why: "April has 30 days"),
        Case(text: "20261301", why: "compact form with month 13"),
        Case(text: "2026.12.10 25:00", why: "no hour 25"),
        Case(text: "2026.12.10 18:60", why: "no minute 60"),
        Case(text: "2026.12.10 24:30", why: "24 only as 24:00"),
        Case(text: "2026.12.10 오후 13시", why: "오후 takes 1–12"),
        Case(text: "2026.12.10 18:5", why: "minutes have two digits"),
        Case(text: "6. 23.(화) 18:00까지", why: "no year and no reference year"),
        Case(text: "2026-08-13 ~ 2026-08-20", why: "a period, not a date"),
        Case(text: "2026.12.1018:00", why: "time glued to the day"),
        Case(text: "2026.12", why: "no day"),
        Case(text: "2026", why: "a year alone"),
        Case(text: "'25.5.16.", referenceYear: 2025, why: "two-digit years are not read"),
        Case(text: "2026-08.13", why: "mixed separators"),
        Case(text: "12345678901", why: "a long number"),
        Case(text: "18:00", referenceYear: 2026, why: "a time alone has no day"),
        Case(text: "미정", why: "undecided"),
        Case(text: "", why: "empty"),
        Case(text: "-", why: "placeholder"),
        Case(text: "\u{00A0} ", why: "only spaces"),
        Case(text: "2026.12.10 공고", why: "trailing words"),
    ]

    @Test("impossible days, impossible times and non-dates give nil", arguments: cases)
    func rejected(_ example: Case) {
        #expect(DateText.date(example.text, referenceYear: example.referenceYear) == nil)
    }

    @Test("a DateTimeText cannot hold a time that does not exist")
    func impossibleTimes() throws {
        let day = try #require(LocalDate(year: 2026, month: 12, day: 10))
        #expect(DateTimeText(date: day, hour: 25, minute: 0) == nil)
        #expect(DateTimeText(date: day, hour: 18, minute: 60) == nil)
        #expect(DateTimeText(date: day, hour: nil, minute: 30) == nil)
        #expect(DateTimeText(date: day, hour: 18)?.minute == 0)
    }
}
