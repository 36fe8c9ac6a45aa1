import Foundation
import Parse
import Testing

/// Instants come from Korea time alone: the same text gives the same instant on a server in UTC, Seoul or Los Angeles,
/// because nothing reads the process time zone. Checked against epoch seconds (which have no zone) and against a
/// Foundation calendar fixed at UTC+9.
@Suite("DateText: independent of the process time zone")
struct DateTextTimeZoneTests {
    /// A text, whether its start or end instant is meant, and that instant as seconds since 1970 (UTC).
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let useEnd: Bool
        let epochSeconds: Int
        let iso: String
        var testDescription: String { "\(text) \(useEnd ? "end" : "start")" }
    }

    static let cases: [Case] = [
        Case(text: "2026.12.10 18:00", useEnd: true, epochSeconds: 1_796_893_200, iso: "2026-12-10T18:00:00+09:00"),
        Case(text: "2026.12.10", useEnd: true, epochSeconds: 1_796_914_799, iso: "2026-12-10T23:59:59+09:00"),
        Case(text: "2026.11.17", useEnd: false, epochSeconds: 1_794_841_200, iso: "2026-11-17T00:00:00+09:00"),
        Case(text: "2027년 1월 8일 오후 6시", useEnd: true, epochSeconds: 1_799_398_800, iso: "2027-01-08T18:00:00+09:00"),
    ]

    @Test("instants equal fixed epoch seconds and KoreaTime.iso8601 strings", arguments: cases)
    func epochSeconds(_ example: Case) throws {
        let result = try #require(DateText.date(example.text))
        let instant = example.useEnd ? result.endInstant : result.startInstant
        #expect(Int(instant.timeIntervalSince1970) == example.epochSeconds)
        #expect(KoreaTime.iso8601(instant) == example.iso)
    }

    @Test("instants equal a Gregorian calendar fixed at UTC+9, not the host's zone", arguments: cases)
    func calendarAtUTCPlusNine(_ example: Case) throws {
        let result = try #require(DateText.date(example.text))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 9 * 3600))
        let components = DateComponents(
            year: result.date.year, month: result.date.month, day: result.date.day,
            hour: example.useEnd && !result.hasTime ? 23 : result.hour ?? 0,
            minute: example.useEnd && !result.hasTime ? 59 : result.minute ?? 0,
            second: example.useEnd && !result.hasTime ? 59 : 0)
        let expected = try #require(calendar.date(from: components))
        #expect((example.useEnd ? result.endInstant : result.startInstant) == expected)
    }
}
