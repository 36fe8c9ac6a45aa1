import Foundation

/// A calendar day as a Korean page writes it, with no time zone: 공고일 and the like. Turned into instants only
/// through `KoreaTime`, so nothing depends on the server's time zone.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// nil when the day does not exist (2026-02-30).
    /// `2026-11-20`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1,
            day <= LocalDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let yearText = String(year)
        let paddedYear =
            year >= 0 && year < 1000 ? String(repeating: "0", count: 4 - yearText.count) + yearText : yearText
        return paddedYear + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = LocalDate(year: parts[0], month: parts[1], day: parts[2]) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Korea Standard Time: UTC+9 all year (no daylight saving since 1988), whatever the host's time zone.
public enum KoreaTime {
    public static let offsetSeconds = 9 * 3600

    /// The instant of `date` at `hour:minute:second` in Korea.
    public static func instant(_ date: LocalDate, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        var days = 0
        // Days since 1970-01-01 (civil calendar).
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The end of `date` in Korea, for a closing day given without a time: 23:59:59.
    public static func endOfDay(_ date: LocalDate) -> Date {
        instant(date, hour: 23, minute: 59, second: 59)
    }

    /// The Korean calendar day of an instant.
    public static func localDate(of instant: Date) -> LocalDate? {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        var days = seconds / 86_400
        if seconds < 0, seconds % 86_400 != 0 { days -= 1 }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return LocalDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// `2026-12-10T18:00:00+09:00`, the form golden records use.
    public static func iso8601(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        guard let date = localDate(of: instant) else { return "" }
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        // Written out rather than with String(format:): the store formats two instants of every program it compares.
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return date.description + "T" + twoDigits(secondOfDay / 3600) + ":" + twoDigits(secondOfDay % 3600 / 60) + ":"
            + twoDigits(secondOfDay % 60) + "+09:00"
    }
}
