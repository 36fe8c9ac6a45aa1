import Foundation
import Parse

/// When the timers' runs start, in Korea time: the normal-season slots, and the peak-season slots that replace them
/// in the peak months (the settings `schedule.slots`, `schedule.peak_slots`, `schedule.peak_months`).
///
/// Pure arithmetic on instants: the one question it answers is "which slot is current at this instant", the latest
/// slot start at or before it. A timer that fires late, twice, or after the host was down all ask the same question
/// and get the same slot, which is what makes the slot a dedupe key.
public struct ScheduleCalendar: Sendable, Hashable {
    /// Normal season: 09:00 and 15:00 KST.
    public var slots: [TimeOfDay]
    /// Peak season: 09:00, 12:00, 15:00 and 18:00 KST.
    public var peakSlots: [TimeOfDay]
    /// January–March.
    public var peakMonths: MonthSet

    /// The mission's schedule: twice a day, four times a day January–March.
    public static let standard = ScheduleCalendar(
        slots: [TimeOfDay(hour: 9, minute: 0)!, TimeOfDay(hour: 15, minute: 0)!],
        peakSlots: [9, 12, 15, 18].map { TimeOfDay(hour: $0, minute: 0)! }, peakMonths: MonthSet(Set(1...3)))

    /// - Precondition: `slots` and `peakSlots` are not empty (the parsing initializer checks it).
    public init(slots: [TimeOfDay], peakSlots: [TimeOfDay], peakMonths: MonthSet) {
        self.slots = Array(Set(slots)).sorted()
        self.peakSlots = Array(Set(peakSlots)).sorted()
        self.peakMonths = peakMonths
    }

    /// From the settings' text (`09:00,15:00`, `09:00,12:00,15:00,18:00`, `1-3`).
    /// - Throws: `ScheduleError` (`.badSetting`) naming the setting and the entry it cannot read.
    public init(slots: String, peakSlots: String, peakMonths: String) throws(ScheduleError) {
        func times(_ text: String, _ setting: String) throws(ScheduleError) -> [TimeOfDay] {
            do {
                return try TimeOfDay.list(text)
            } catch {
                throw ScheduleError(code: .badSetting, message: "\(setting): \(error.message)")
            }
        }
        let months: MonthSet
        do {
            months = try MonthSet(parsing: peakMonths)
        } catch {
            throw ScheduleError(code: .badSetting, message: "schedule.peak_months: \(error.message)")
        }
        self.init(
            slots: try times(slots, "schedule.slots"), peakSlots: try times(peakSlots, "schedule.peak_slots"),
            peakMonths: months)
    }

    /// The slot times of a KST day in `month`.
    public func slotTimes(inMonth month: Int) -> [TimeOfDay] { peakMonths.contains(month) ? peakSlots : slots }

    /// The current slot at `instant`: the latest slot start at or before it, in Korea time. Before the day's first
    /// slot that is the previous day's last one, by the previous day's season (08:00 on April 1 is March 31, 18:00).
    public func slot(at instant: Date) -> ScheduleSlot {
        var day = KoreaTime.localDate(of: instant)
        // Today, then yesterday: the lists are never empty, so yesterday always has a slot before now.
        for _ in 0..<2 {
            guard let date = day else { break }
            for time in slotTimes(inMonth: date.month).reversed() {
                let start = KoreaTime.instant(date, at: time)
                if start <= instant {
                    return ScheduleSlot(start: start, date: date, time: time, peak: peakMonths.contains(date.month))
                }
            }
            day = KoreaTime.day(before: date)
        }
        // Only for lists emptied by hand (or instants outside LocalDate's years): the instant's own minute.
        let minute = KoreaTime.minuteOfDay(of: instant)
        let date = KoreaTime.localDate(of: instant) ?? LocalDate(year: 1970, month: 1, day: 1)!
        let time = TimeOfDay(hour: minute / 60, minute: minute % 60)!
        return ScheduleSlot(
            start: KoreaTime.instant(date, at: time), date: date, time: time, peak: peakMonths.contains(date.month))
    }
}
