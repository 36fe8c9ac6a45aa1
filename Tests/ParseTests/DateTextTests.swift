import Parse
import Testing

/// Every date format the agencies write (SITES.md §8 and the fixture pages) read to the right day and time in Korea.
@Suite("DateText: dates and times as the pages write them")
struct DateTextTests {
    /// One written date, the year to use when it has none, and the instants it must give.
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        var referenceYear: Int? = nil
        /// `startInstant` as an ISO string in Korea time.
        let start: String
        /// `endInstant`: the same as `start` with a time, 23:59:59 of the day without one.
        let end: String
        let hasTime: Bool
        var testDescription: String { referenceYear.map { "\(text) (year \($0))" } ?? text }
    }

    static let dayOnly: [Case] = [
        "2026-08-13", "2026.08.13", "2026. 08. 13", "2026.08.13.", "20260813", "2026/08/13", "2026년 8월 13일",
        "2026.8.13", "2026. 8. 13.(목)", "2026.08.13(목)", "2026년 8월 13일(목요일)", "  2026-08-13 \n",
        "2026-08-13까지",
    ].map { Case(text: $0, start: "2026-08-13T00:00:00+09:00", end: "2026-08-13T23:59:59+09:00", hasTime: false) }

    static let withTime: [Case] = [
        Case(
            text: "2026.9.9 16:00", start: "2026-09-09T16:00:00+09:00", end: "2026-09-09T16:00:00+09:00", hasTime: true),
        Case(
            text: "2025-09-08 01시", start: "2025-09-08T01:00:00+09:00", end: "2025-09-08T01:00:00+09:00", hasTime: true),
        Case(
            text: "2026-02-06 09:00", start: "2026-02-06T09:00:00+09:00", end: "2026-02-06T09:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026-05-21 18시 00분", start: "2026-05-21T18:00:00+09:00", end: "2026-05-21T18:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026-05-21 17시30분", start: "2026-05-21T17:30:00+09:00", end: "2026-05-21T17:30:00+09:00",
            hasTime: true),
        Case(
            text: "2026년 8월 13일 오후 6시", start: "2026-08-13T18:00:00+09:00", end: "2026-08-13T18:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026.05.21 오전 10시 30분", start: "2026-05-21T10:30:00+09:00", end: "2026-05-21T10:30:00+09:00",
            hasTime: true),
        Case(
            text: "2026.05.21(목) 오후 12시", start: "2026-05-21T12:00:00+09:00", end: "2026-05-21T12:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026.05.21 오전 12시", start: "2026-05-21T00:00:00+09:00", end: "2026-05-21T00:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026.05.21 오후 5:30", start: "2026-05-21T17:30:00+09:00", end: "2026-05-21T17:30:00+09:00",
            hasTime: true),
        Case(
            text: "2026.12.08(화) 18:00", start: "2026-12-08T18:00:00+09:00", end: "2026-12-08T18:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026. 12. 10.(목), 18:00까지", start: "2026-12-10T18:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026-10-29 09:47:18", start: "2026-10-29T09:47:18+09:00", end: "2026-10-29T09:47:18+09:00",
            hasTime: true),
        Case(
            text: "2026.12.10 24:00", start: "2026-12-11T00:00:00+09:00", end: "2026-12-11T00:00:00+09:00",
            hasTime: true),
        Case(
            text: "2026.12.10 00:00", start: "2026-12-10T00:00:00+09:00", end: "2026-12-10T00:00:00+09:00",
            hasTime: true),
        Case(text: "2024-02-29", start: "2024-02-29T00:00:00+09:00", end: "2024-02-29T23:59:59+09:00", hasTime: false),
    ]

    static let leftovers: [Case] = [
        // &nbsp; decoded upstream to U+00A0.
        Case(
            text: "2026.\u{00A0}11.\u{00A0}19.(목)\u{00A0}18:00", start: "2026-11-19T18:00:00+09:00",
            end: "2026-11-19T18:00:00+09:00", hasTime: true),
        // Full-width digits, stop, colon and ideographic space.
        Case(
            text: "２０２６．１２．１０\u{3000}１８：００", start: "2026-12-10T18:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            hasTime: true),
        Case(
            text: "\u{FEFF}2026.12.10\u{200B}", start: "2026-12-10T00:00:00+09:00", end: "2026-12-10T23:59:59+09:00",
            hasTime: false),
        Case(
            text: "2026-12-10\t18:00\r\n", start: "2026-12-10T18:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            hasTime: true),
    ]

    static let withoutYear: [Case] = [
        Case(
            text: "6. 23.(화) 18:00까지", referenceYear: 2026, start: "2026-06-23T18:00:00+09:00",
            end: "2026-06-23T18:00:00+09:00", hasTime: true),
        Case(
            text: "3.6.(목),18:00", referenceYear: 2025, start: "2025-03-06T18:00:00+09:00",
            end: "2025-03-06T18:00:00+09:00", hasTime: true),
        Case(
            text: "12.08(월) 18:00", referenceYear: 2026, start: "2026-12-08T18:00:00+09:00",
            end: "2026-12-08T18:00:00+09:00", hasTime: true),
        Case(
            text: "4/13", referenceYear: 2025, start: "2025-04-13T00:00:00+09:00", end: "2025-04-13T23:59:59+09:00",
            hasTime: false),
        Case(
            text: "3월 6일", referenceYear: 2025, start: "2025-03-06T00:00:00+09:00", end: "2025-03-06T23:59:59+09:00",
            hasTime: false),
        Case(
            text: "2. 29.", referenceYear: 2028, start: "2028-02-29T00:00:00+09:00", end: "2028-02-29T23:59:59+09:00",
            hasTime: false),
        // A written year wins over the reference year.
        Case(
            text: "2026.12.08", referenceYear: 2020, start: "2026-12-08T00:00:00+09:00",
            end: "2026-12-08T23:59:59+09:00", hasTime: false),
    ]

    @Test("day-only formats open at 00:00 and close at 23:59:59 in Korea", arguments: dayOnly)
    func dayOnlyFormats(_ example: Case) throws {
        try check(example)
    }

    @Test("dates with a time give that instant", arguments: withTime)
    func timeFormats(_ example: Case) throws {
        try check(example)
    }

    @Test("HTML leftovers and full-width characters are read like ASCII", arguments: leftovers)
    func leftoverCharacters(_ example: Case) throws {
        try check(example)
    }

    @Test("dates without a year take the reference year", arguments: withoutYear)
    func yearless(_ example: Case) throws {
        try check(example)
    }

    @Test("the parts are kept as written: day, and a time only when one was given")
    func parts() throws {
        let closing = try #require(DateText.date("2026.9.9 16:00"))
        #expect(closing.date == LocalDate(year: 2026, month: 9, day: 9))
        #expect(closing.hour == 16 && closing.minute == 0 && closing.second == nil)
        #expect(closing.description == "2026-09-09 16:00")
        let day = try #require(DateText.date("2026. 08. 28"))
        #expect(day.hour == nil && day.minute == nil && !day.hasTime)
        #expect(day.description == "2026-08-28")
    }

    private func check(_ example: Case) throws {
        let result = try #require(DateText.date(example.text, referenceYear: example.referenceYear))
        #expect(KoreaTime.iso8601(result.startInstant) == example.start)
        #expect(KoreaTime.iso8601(result.endInstant) == example.end)
        #expect(result.hasTime == example.hasTime)
    }
}
