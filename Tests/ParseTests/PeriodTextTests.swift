import Parse
import Testing

/// Periods as the agencies write them, held to the golden-record rules: a start without a time opens at 00:00 in
/// Korea; an end without a time closes at 23:59:59 in Korea with `closingTimeGiven` false; a given time is that
/// instant; open-ended phrases leave the end unknown.
@Suite("PeriodText: A ~ B periods")
struct PeriodTextTests {
    /// A period text and the fields it must give (instants as Korea-time ISO strings).
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        var referenceYear: Int? = nil
        let start: String?
        let end: String?
        var closingTimeGiven = false
        var openEnded = false
        var testDescription: String { referenceYear.map { "\(text) (year \($0))" } ?? text }
    }

    static let ranges: [Case] = [
        Case(
            text: "2026-02-06 09:00 ~ 2026-04-08 18:00", start: "2026-02-06T09:00:00+09:00",
            end: "2026-04-08T18:00:00+09:00", closingTimeGiven: true),
        Case(text: "2026. 11. 10 ~ 2026. 11. 27", start: "2026-11-10T00:00:00+09:00", end: "2026-11-27T23:59:59+09:00"),
        Case(
            text: "2026.11.12 ~ 2026.12.10 18:00", start: "2026-11-12T00:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            closingTimeGiven: true),
        Case(text: "2026-08-31 ~ 2026-09-11", start: "2026-08-31T00:00:00+09:00", end: "2026-09-11T23:59:59+09:00"),
        Case(
            text: "2026-08-31 00시 ~ 2026-09-11 18시", start: "2026-08-31T00:00:00+09:00",
            end: "2026-09-11T18:00:00+09:00", closingTimeGiven: true),
        Case(text: "2026-10-02 ~ 2026-10-16", start: "2026-10-02T00:00:00+09:00", end: "2026-10-16T23:59:59+09:00"),
        Case(
            text: "2026. 11. 16.(월) ~ 2026. 12. 4.(금) 17:00", start: "2026-11-16T00:00:00+09:00",
            end: "2026-12-04T17:00:00+09:00", closingTimeGiven: true),
        Case(text: "20261116 ~ 20261204", start: "2026-11-16T00:00:00+09:00", end: "2026-12-04T23:59:59+09:00"),
        Case(text: "2026/05/15 ~ 2026/05/21", start: "2026-05-15T00:00:00+09:00", end: "2026-05-21T23:59:59+09:00"),
        Case(
            text: "2026.11.12 ∼ 2026.12.10 18:00", start: "2026-11-12T00:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            closingTimeGiven: true),
        Case(
            text: "2026.11.12 ～ 2026.12.10 18:00", start: "2026-11-12T00:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            closingTimeGiven: true),
        Case(text: "2026.08.31-2026.09.11", start: "2026-08-31T00:00:00+09:00", end: "2026-09-11T23:59:59+09:00"),
        Case(
            text: "2026-08-31 - 2026-09-11 18:00", start: "2026-08-31T00:00:00+09:00", end: "2026-09-11T18:00:00+09:00",
            closingTimeGiven: true),
        Case(text: "2026.3.1부터 2026.3.15까지", start: "2026-03-01T00:00:00+09:00", end: "2026-03-15T23:59:59+09:00"),
        Case(
            text: "2026년 3월 1일(일)부터 3월 15일(일) 오후 6시까지", start: "2026-03-01T00:00:00+09:00",
            end: "2026-03-15T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "2026.\u{00A0}11.\u{00A0}19.(목)\u{00A0}~\u{00A0}2026.\u{00A0}12.\u{00A0}10.(목)\u{00A0}18:00",
            start: "2026-11-19T00:00:00+09:00", end: "2026-12-10T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "２０２６．１１．１９ ～ ２０２６．１２．１０ １８：００", start: "2026-11-19T00:00:00+09:00", end: "2026-12-10T18:00:00+09:00",
            closingTimeGiven: true),
    ]

    static let partial: [Case] = [
        // Year-less end: the start's year.
        Case(
            text: "2026.11.17(월) 10:00 ~ 12.08(월) 18:00", start: "2026-11-17T10:00:00+09:00",
            end: "2026-12-08T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "2026. 6. 2.(화) ~ 6. 23.(화) 18:00까지", start: "2026-06-02T00:00:00+09:00",
            end: "2026-06-23T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "2026. 6. 5.(금) ~ 6. 10.(수), 선착순 150명", start: "2026-06-05T00:00:00+09:00",
            end: "2026-06-10T23:59:59+09:00"),
        // Roll-over: an earlier month is next year's.
        Case(text: "2026.12.20 ~ 1.8", start: "2026-12-20T00:00:00+09:00", end: "2027-01-08T23:59:59+09:00"),
        Case(
            text: "2026. 12. 21.(월) ~ 1. 8.(금) 18:00", start: "2026-12-21T00:00:00+09:00",
            end: "2027-01-08T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "2026-12-01 ~ 2027-01-08 18:00", start: "2026-12-01T00:00:00+09:00", end: "2027-01-08T18:00:00+09:00",
            closingTimeGiven: true),
        // Year-less start: the end's year (the year before when its month is later), or the reference year.
        Case(text: "12.20 ~ 2027.1.8", start: "2026-12-20T00:00:00+09:00", end: "2027-01-08T23:59:59+09:00"),
        Case(
            text: "6. 2.(화) ~ 6. 23.(화)", referenceYear: 2026, start: "2026-06-02T00:00:00+09:00",
            end: "2026-06-23T23:59:59+09:00"),
        // An end that is a time alone closes on the start's day.
        Case(
            text: "2026. 6. 12.(금) 14:00 ~ 17:00", start: "2026-06-12T14:00:00+09:00", end: "2026-06-12T17:00:00+09:00",
            closingTimeGiven: true),
        // End only, start only.
        Case(text: "~ 2026.12.10", start: nil, end: "2026-12-10T23:59:59+09:00"),
        Case(text: "~ 2026.12.10 18:00까지", start: nil, end: "2026-12-10T18:00:00+09:00", closingTimeGiven: true),
        Case(text: "~4/13", referenceYear: 2025, start: nil, end: "2025-04-13T23:59:59+09:00"),
        Case(text: "2026.11.18 ~", start: "2026-11-18T00:00:00+09:00", end: nil),
        Case(text: "2026.11.18부터", start: "2026-11-18T00:00:00+09:00", end: nil),
        // Remarks after the end.
        Case(
            text: "2026-11-16 09:00 ~ 2026-12-14 18:00 (연장)", start: "2026-11-16T09:00:00+09:00",
            end: "2026-12-14T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "2026. 8. 31.(월) ~ 2026. 9. 11.(금) 18:00까지, IRIS 온라인 접수", start: "2026-08-31T00:00:00+09:00",
            end: "2026-09-11T18:00:00+09:00", closingTimeGiven: true),
        Case(
            text: "2026.11.17 ~ 2026.12.08 18:00 마감", start: "2026-11-17T00:00:00+09:00",
            end: "2026-12-08T18:00:00+09:00", closingTimeGiven: true),
    ]

    static let openEnded: [Case] = [
        Case(text: "2026.11.18 ~ 예산 소진시까지", start: "2026-11-18T00:00:00+09:00", end: nil, openEnded: true),
        Case(text: "2026. 11. 18 ~ 예산 소진시까지", start: "2026-11-18T00:00:00+09:00", end: nil, openEnded: true),
        Case(text: "2026-11-18 ~ 추후 공지", start: "2026-11-18T00:00:00+09:00", end: nil, openEnded: true),
        Case(text: "2026-11-18 ~ 미정", start: "2026-11-18T00:00:00+09:00", end: nil, openEnded: true),
        Case(text: "2026-11-18부터 예산 소진 시까지", start: "2026-11-18T00:00:00+09:00", end: nil, openEnded: true),
        Case(text: "예산 소진시까지", start: nil, end: nil, openEnded: true),
        Case(text: "추후 공지", start: nil, end: nil, openEnded: true),
        Case(text: "상시 접수", start: nil, end: nil, openEnded: true),
        Case(text: "상시", start: nil, end: nil, openEnded: true),
        Case(text: "수시접수", start: nil, end: nil, openEnded: true),
    ]

    @Test("full ranges: start at its time or 00:00, end at its time or 23:59:59", arguments: ranges)
    func fullRanges(_ example: Case) throws {
        try check(example)
    }

    @Test("year-less, end-only, start-only and remarked periods", arguments: partial)
    func partialRanges(_ example: Case) throws {
        try check(example)
    }

    @Test("open-ended phrases: no end, openEnded, the start kept", arguments: openEnded)
    func openEndedPhrases(_ example: Case) throws {
        try check(example)
    }

    @Test("the text is kept as written: trimmed, whitespace collapsed, nothing else changed")
    func verbatimText() throws {
        let period = try #require(PeriodText.parse("  2026.11.17\u{00A0}\u{00A0}~ ２０２６.12.08 \n 18:00 "))
        #expect(period.text == "2026.11.17 ~ ２０２６.12.08 18:00")
        #expect(try #require(PeriodText.parse("상시  접수")).text == "상시 접수")
    }

    private func check(_ example: Case) throws {
        let period = try #require(PeriodText.parse(example.text, referenceYear: example.referenceYear))
        #expect(period.start.map(KoreaTime.iso8601) == example.start)
        #expect(period.end.map(KoreaTime.iso8601) == example.end)
        #expect(period.closingTimeGiven == example.closingTimeGiven)
        #expect(period.openEnded == example.openEnded)
        #expect(period.text == example.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
