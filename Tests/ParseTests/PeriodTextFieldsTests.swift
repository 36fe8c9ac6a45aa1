import Parse
import Testing

/// NTIS states a period in three fields (접수일, 마감일, 접수마감시간); the closing time must reach the end instant.
@Suite("PeriodText: split fields (NTIS)")
struct PeriodTextFieldsTests {
    /// The three fields and what they must give.
    struct Case: CustomTestStringConvertible, Sendable {
        let start: String?
        let end: String?
        let closingTime: String?
        let expectedStart: String?
        let expectedEnd: String?
        var closingTimeGiven = false
        var openEnded = false
        let text: String?
        var testDescription: String { "\(start ?? "nil") | \(end ?? "nil") | \(closingTime ?? "nil")" }
    }

    static let cases: [Case] = [
        Case(
            start: "2025.07.21", end: "2025.08.13", closingTime: "18:00", expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: "2025-08-13T18:00:00+09:00", closingTimeGiven: true, text: "2025.07.21 ~ 2025.08.13 18:00"),
        Case(
            start: "2025.07.21", end: "2025.08.13", closingTime: nil, expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: "2025-08-13T23:59:59+09:00", text: "2025.07.21 ~ 2025.08.13"),
        Case(
            start: "2025.07.21", end: "2025.08.13", closingTime: "", expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: "2025-08-13T23:59:59+09:00", text: "2025.07.21 ~ 2025.08.13"),
        Case(
            start: " 2025.07.21\u{00A0}", end: "\n2025.08.13 ", closingTime: " 17:00 ",
            expectedStart: "2025-07-21T00:00:00+09:00", expectedEnd: "2025-08-13T17:00:00+09:00",
            closingTimeGiven: true, text: "2025.07.21 ~ 2025.08.13 17:00"),
        Case(
            start: "2025.07.21", end: "2025.08.13", closingTime: "18시 00분", expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: "2025-08-13T18:00:00+09:00", closingTimeGiven: true, text: "2025.07.21 ~ 2025.08.13 18시 00분"),
        Case(
            start: "2025.07.21", end: "2025.08.13", closingTime: "오후 6시", expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: "2025-08-13T18:00:00+09:00", closingTimeGiven: true, text: "2025.07.21 ~ 2025.08.13 오후 6시"),
        // An unreadable closing time leaves the end of the day, and stays in the text as written.
        Case(
            start: "2025.07.21", end: "2025.08.13", closingTime: "25:00", expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: "2025-08-13T23:59:59+09:00", text: "2025.07.21 ~ 2025.08.13 25:00"),
        Case(
            start: nil, end: "2025.08.13", closingTime: "18:00", expectedStart: nil,
            expectedEnd: "2025-08-13T18:00:00+09:00", closingTimeGiven: true, text: "~ 2025.08.13 18:00"),
        Case(
            start: "-", end: "2025.08.13", closingTime: "18:00", expectedStart: nil,
            expectedEnd: "2025-08-13T18:00:00+09:00", closingTimeGiven: true, text: "~ 2025.08.13 18:00"),
        Case(
            start: "2025.07.21", end: nil, closingTime: "18:00", expectedStart: "2025-07-21T00:00:00+09:00",
            expectedEnd: nil, text: "2025.07.21 ~"),
        Case(
            start: "2026.11.18", end: "예산 소진시까지", closingTime: nil, expectedStart: "2026-11-18T00:00:00+09:00",
            expectedEnd: nil, openEnded: true, text: "2026.11.18 ~ 예산 소진시까지"),
        // An end before the start: nothing trusted, the text kept.
        Case(
            start: "2025.08.21", end: "2025.08.13", closingTime: "18:00", expectedStart: nil, expectedEnd: nil,
            text: "2025.08.21 ~ 2025.08.13 18:00"),
        Case(start: nil, end: nil, closingTime: "18:00", expectedStart: nil, expectedEnd: nil, text: nil),
        Case(start: "", end: "-", closingTime: nil, expectedStart: nil, expectedEnd: nil, text: nil),
    ]

    @Test("the closing time sets the end; the text is built from the fields", arguments: cases)
    func fields(_ example: Case) {
        let period = PeriodText.parse(start: example.start, end: example.end, closingTime: example.closingTime)
        #expect(period.start.map(KoreaTime.iso8601) == example.expectedStart)
        #expect(period.end.map(KoreaTime.iso8601) == example.expectedEnd)
        #expect(period.closingTimeGiven == example.closingTimeGiven)
        #expect(period.openEnded == example.openEnded)
        #expect(period.text == example.text)
    }

    @Test("no fields at all is the unknown period")
    func nothing() {
        #expect(PeriodText.parse(start: nil, end: nil, closingTime: nil) == .unknown)
    }
}
