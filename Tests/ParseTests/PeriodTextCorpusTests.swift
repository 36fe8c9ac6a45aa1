import Foundation
import Parse
import Testing

/// The 934 NTIS programs the original system stored (Fixtures/real/connect-ntis-934-titles.json): the titles that
/// embed their period give it with its closing time, which the original system lost (it stored midnight), and no other
/// title gives a period.
@Suite("PeriodText: the original system's 934 NTIS titles")
struct PeriodTextCorpusTests {
    /// One stored program: its id, title and the deadline the original system stored (UTC, `…T15:00:00.000Z`).
    struct Program: Decodable, Sendable {
        let id: String
        let title: String
        let deadlineOriginal: String?

        enum CodingKeys: String, CodingKey {
            case id, title
            case deadlineOriginal = "deadline_original"
        }
    }

    /// An embedded period found by scanning the titles, written down by hand from the title.
    struct Expected: CustomTestStringConvertible, Sendable {
        let id: String
        let start: String?
        let end: String
        let closingTimeGiven: Bool
        var testDescription: String { id }
    }

    static let expected: [Expected] = [
        Expected(
            id: "cmh3hvy1j00d9myeheaomplvn", start: "2025-03-07T14:00:00+09:00", end: "2025-03-14T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hvtfm00d8myeh7ran4uqt", start: "2025-02-27T14:00:00+09:00", end: "2025-03-06T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hvowm00d7myehtksn8tod", start: "2025-03-07T00:00:00+09:00", end: "2025-03-14T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hvke400d6myehd6y3q4rr", start: "2025-03-07T14:00:00+09:00", end: "2025-03-14T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hv2me00d4myehfhygv2pe", start: "2025-03-07T14:00:00+09:00", end: "2025-03-14T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3huy5h00d3myehpqxy2r57", start: "2025-03-17T14:00:00+09:00", end: "2025-03-24T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hutkf00d2myehnn7pmst4", start: "2025-02-27T14:00:00+09:00", end: "2025-03-06T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hup3400d1myeh0hm9zcrf", start: "2025-03-17T00:00:00+09:00", end: "2025-03-24T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3hukgl00d0myeh640n8sf8", start: "2025-02-27T14:00:00+09:00", end: "2025-03-06T18:00:00+09:00",
            closingTimeGiven: true),
        Expected(
            id: "cmh3gg36u003xmyeh1gsdz3dy", start: nil, end: "2025-04-13T23:59:59+09:00", closingTimeGiven: false),
    ]

    static let programs: [Program] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/real/connect-ntis-934-titles.json").standardized
        guard let data = try? Data(contentsOf: file),
            let programs = try? JSONDecoder().decode([Program].self, from: data)
        else { return [] }
        return programs
    }()

    static func program(_ id: String) -> Program? { programs.first { $0.id == id } }

    @Test("the fixture holds all 934 programs")
    func fixtureIsComplete() {
        #expect(Self.programs.count == 934)
        #expect(Set(Self.programs.map(\.id)).count == 934)
    }

    @Test("exactly the 10 titles that embed a period give one; the other 924 give nil")
    func onlyEmbeddedPeriods() {
        let found = Self.programs.filter { PeriodText.embedded(in: $0.title) != nil }
        #expect(found.count == 10)
        #expect(Set(found.map(\.id)) == Set(Self.expected.map(\.id)))
    }

    @Test("each embedded period closes at the stated time in Korea", arguments: expected)
    func embeddedPeriod(_ expected: Expected) throws {
        let program = try #require(Self.program(expected.id))
        let period = try #require(PeriodText.embedded(in: program.title))
        #expect(period.start.map(KoreaTime.iso8601) == expected.start)
        #expect(period.end.map(KoreaTime.iso8601) == expected.end)
        #expect(period.closingTimeGiven == expected.closingTimeGiven)
        #expect(!period.openEnded)
    }

    @Test("the original system stored midnight of the same closing day: the closing time was lost", arguments: expected)
    func originalLostTheTime(_ expected: Expected) throws {
        let program = try #require(Self.program(expected.id))
        let end = try #require(PeriodText.embedded(in: program.title)?.end)
        let closingDay = try #require(KoreaTime.localDate(of: end))
        let original = try #require(program.deadlineOriginal.flatMap(Self.utcInstant))
        #expect(original == KoreaTime.instant(closingDay))
        #expect(original < end)
    }

    /// `2025-03-13T15:00:00.000Z` as an instant, without a date formatter: the UTC day at hour+9 in Korea time.
    static func utcInstant(_ text: String) -> Date? {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 5, let day = LocalDate(year: digits[0], month: digits[1], day: digits[2]) else {
            return nil
        }
        return KoreaTime.instant(day, hour: digits[3] + 9, minute: digits[4])
    }
}
