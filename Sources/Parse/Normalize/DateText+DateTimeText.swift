import Foundation

/// One date read from a page, with a time only when the page gave one: a closing day without a time ends at 23:59:59
/// in Korea, not at midnight (the original system's mistake), so whether a time was written must survive parsing.
public struct DateTimeText: Sendable, Hashable, CustomStringConvertible {
    public let date: LocalDate
    /// nil when the page gave no time.
    public let hour: Int?
    /// nil exactly when `hour` is nil.
    public let minute: Int?
    /// nil unless the page wrote seconds (`2026-10-29 09:47:18`).
    public let second: Int?

    /// nil for a time that does not exist (`25:00`, `18:60`) or a minute without an hour. `24:00` is allowed: pages
    /// write it for the end of the day, and it is the next day's 00:00.
    public init?(date: LocalDate, hour: Int? = nil, minute: Int? = nil, second: Int? = nil) {
        guard let hour else {
            guard minute == nil, second == nil else { return nil }
            self.date = date
            self.hour = nil
            self.minute = nil
            self.second = nil
            return
        }
        let minute = minute ?? 0
        guard (0...59).contains(minute), (0...59).contains(second ?? 0),
            (0...23).contains(hour) || (hour == 24 && minute == 0 && (second ?? 0) == 0)
        else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Whether the page gave a time of day.
    public var hasTime: Bool { hour != nil }

    /// The instant this date opens something: its time, or 00:00 in Korea when no time was given.
    public var startInstant: Date {
        KoreaTime.instant(date, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0)
    }

    /// The instant this date closes something: its time, or 23:59:59 in Korea when no time was given.
    public var endInstant: Date {
        hasTime ? startInstant : KoreaTime.endOfDay(date)
    }

    /// `2026-12-10 18:00`, or `2026-12-10` without a time.
    public var description: String {
        guard let hour, let minute else { return date.description }
        let clock = hour < 10 ? "0\(hour)" : "\(hour)"
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        guard let second else { return "\(date) \(clock):\(minutes)" }
        return "\(date) \(clock):\(minutes):\(second < 10 ? "0" : "")\(second)"
    }
}
