import Foundation
import Parse

/// Slot arithmetic on `Parse.KoreaTime`: UTC+9 by integer arithmetic on epoch seconds, so neither the host's time zone
/// nor a tz database (Asia/Seoul had daylight saving in 1987–88) can move a slot.
extension KoreaTime {
    /// The instant of `date` at `time` in Korea.
    public static func instant(_ date: LocalDate, at time: TimeOfDay) -> Date {
        instant(date, hour: time.hour, minute: time.minute)
    }

    /// Minutes since midnight in Korea of `instant` (0–1439).
    public static func minuteOfDay(of instant: Date) -> Int {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        return ((seconds % 86_400) + 86_400) % 86_400 / 60
    }

    /// The Korean day before `date`.
    public static func day(before date: LocalDate) -> LocalDate? {
        localDate(of: instant(date).addingTimeInterval(-86_400))
    }

    /// `2026-04-01 09:00`, the instant's minute in Korea, for output.
    public static func minuteText(_ instant: Date) -> String {
        let iso = iso8601(instant)
        return String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// `2026-04-01T09:00+09:00`, the instant's minute in Korea with its offset: slots in keys and payloads.
    public static func isoMinuteText(_ instant: Date) -> String {
        String(iso8601(instant).prefix(16)) + "+09:00"
    }

    /// An instant as `connect-ingest schedule --at` takes it: ISO 8601 with an offset or `Z`
    /// (`2026-04-01T09:00:00+09:00`, `2026-04-01T00:00Z`), or `YYYY-MM-DD HH:MM[:SS]` (or with `T`) read in Korea
    /// time. nil for anything else, or a day or time that does not exist.
    public static func parseInstant(_ text: String) -> Date? {
        let characters = Array(text.trimmingCharacters(in: .whitespaces))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            let digits = characters[range]
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(digits))
        }
        guard characters.count >= 16, characters[4] == "-", characters[7] == "-",
            characters[10] == " " || characters[10] == "T", characters[13] == ":",
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60,
            let date = LocalDate(year: year, month: month, day: day)
        else { return nil }
        var index = 16
        var second = 0
        if index < characters.count, characters[index] == ":" {
            guard let value = number(17..<19), value < 60 else { return nil }
            second = value
            index = 19
            if index < characters.count, characters[index] == "." {
                index += 1
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                guard index > start else { return nil }
            }
        }
        var offset = offsetSeconds
        let zone = String(characters[index...])
        if zone == "Z" || zone == "z" {
            offset = 0
        } else if !zone.isEmpty {
            let sign = zone.first
            let parts = zone.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
            guard sign == "+" || sign == "-", parts.count == 2, parts[0].count == 2, parts[1].count == 2,
                let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
        }
        return instant(date, hour: hour, minute: minute, second: second)
            .addingTimeInterval(TimeInterval(offsetSeconds - offset))
    }
}
