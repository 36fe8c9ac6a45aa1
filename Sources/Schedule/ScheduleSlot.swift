import Foundation
import Parse

/// One start of the timers' schedule: an instant on the KST clock, named by it. Two firings of the timer in one slot
/// compute the same slot, so its `id` is what makes their crawls duplicates of each other.
public struct ScheduleSlot: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// When the slot starts.
    public let start: Date
    /// Its day in Korea.
    public let date: LocalDate
    /// Its wall-clock time in Korea.
    public let time: TimeOfDay
    /// Whether it is a peak-season slot (January–March by default).
    public let peak: Bool

    public init(start: Date, date: LocalDate, time: TimeOfDay, peak: Bool) {
        self.start = start
        self.date = date
        self.time = time
        self.peak = peak
    }

    /// `2026-04-01T09:00+09:00`: the slot in dedupe keys and in the jobs' payload.
    public var id: String { KoreaTime.isoMinuteText(start) }

    /// `2026-04-01 09:00 KST (normal season)`, for output.
    public var description: String {
        "\(date) \(time) KST (\(peak ? "peak" : "normal") season)"
    }

    public static func < (lhs: ScheduleSlot, rhs: ScheduleSlot) -> Bool { lhs.start < rhs.start }
}
