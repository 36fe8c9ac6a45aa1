import Foundation

/// A wall-clock time in Korea (`09:00`): when a slot starts on its day.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// nil unless 0 ≤ hour < 24 and 0 ≤ minute < 60.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `H:MM` or `HH:MM`, 24-hour clock.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Minutes since midnight.
    public var minuteOfDay: Int { hour * 60 + minute }

    public var description: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minuteOfDay < rhs.minuteOfDay }

    /// A comma-separated list (`09:00,15:00`), sorted, duplicates dropped.
    /// - Throws: `ScheduleError` naming the entry that is not a time, or an empty list.
    public static func list(_ text: String) throws(ScheduleError) -> [TimeOfDay] {
        var times: Set<TimeOfDay> = []
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let time = TimeOfDay(String(entry)) else {
                throw ScheduleError(
                    code: .badSetting,
                    message: "\"\(entry.trimmingCharacters(in: .whitespaces))\" in \"\(text)\" is not a time (HH:MM)")
            }
            times.insert(time)
        }
        return times.sorted()
    }
}
