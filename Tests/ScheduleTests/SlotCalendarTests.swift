import Foundation
import Parse
import Schedule
import Testing

/// Which slot is current at an instant: the latest slot start at or before it, in Korea time, by season.
@Suite("ScheduleCalendar: the current slot")
struct SlotCalendarTests {
    let calendar = ScheduleCalendar.standard

    /// An instant in Korea time, written as `KoreaTime.parseInstant` reads it.
    func kst(_ text: String) throws -> Date { try #require(KoreaTime.parseInstant(text)) }

    struct Case: Sendable, CustomTestStringConvertible {
        let now: String
        let slot: String
        let peak: Bool
        var testDescription: String { "\(now) → \(slot)" }
    }

    @Test(
        "normal season: 09:00 and 15:00",
        arguments: [
            Case(now: "2026-11-23 08:59", slot: "2026-11-22T15:00+09:00", peak: false),
            Case(now: "2026-11-23 09:00", slot: "2026-11-23T09:00+09:00", peak: false),
            Case(now: "2026-11-23 12:00", slot: "2026-11-23T09:00+09:00", peak: false),
            Case(now: "2026-11-23 14:59", slot: "2026-11-23T09:00+09:00", peak: false),
            Case(now: "2026-11-23 15:00", slot: "2026-11-23T15:00+09:00", peak: false),
            Case(now: "2026-11-23 18:00", slot: "2026-11-23T15:00+09:00", peak: false),
            Case(now: "2026-11-23 23:59", slot: "2026-11-23T15:00+09:00", peak: false),
            Case(now: "2026-11-24 00:00", slot: "2026-11-23T15:00+09:00", peak: false),
        ])
    func normalSeason(_ example: Case) throws {
        let slot = calendar.slot(at: try kst(example.now))
        #expect(slot.id == example.slot)
        #expect(slot.peak == example.peak)
    }

    @Test(
        "peak season (January–March): 09:00, 12:00, 15:00 and 18:00",
        arguments: [
            Case(now: "2027-02-10 08:59", slot: "2027-02-09T18:00+09:00", peak: true),
            Case(now: "2027-02-10 09:00", slot: "2027-02-10T09:00+09:00", peak: true),
            Case(now: "2027-02-10 11:59", slot: "2027-02-10T09:00+09:00", peak: true),
            Case(now: "2027-02-10 12:00", slot: "2027-02-10T12:00+09:00", peak: true),
            Case(now: "2027-02-10 14:59", slot: "2027-02-10T12:00+09:00", peak: true),
            Case(now: "2027-02-10 15:00", slot: "2027-02-10T15:00+09:00", peak: true),
            Case(now: "2027-02-10 17:59", slot: "2027-02-10T15:00+09:00", peak: true),
            Case(now: "2027-02-10 18:00", slot: "2027-02-10T18:00+09:00", peak: true),
            Case(now: "2027-02-10 23:59", slot: "2027-02-10T18:00+09:00", peak: true),
        ])
    func peakSeason(_ example: Case) throws {
        let slot = calendar.slot(at: try kst(example.now))
        #expect(slot.id == example.slot)
        #expect(slot.peak == example.peak)
    }

    @Test(
        "month and year boundaries: the previous day's last slot by the previous day's season",
        arguments: [
            Case(now: "2026-03-31 18:00", slot: "2026-03-31T18:00+09:00", peak: true),
            Case(now: "2026-03-31 23:59", slot: "2026-03-31T18:00+09:00", peak: true),
            Case(now: "2026-04-01 00:00", slot: "2026-03-31T18:00+09:00", peak: true),
            Case(now: "2026-04-01 08:59", slot: "2026-03-31T18:00+09:00", peak: true),
            Case(now: "2026-04-01 09:00", slot: "2026-04-01T09:00+09:00", peak: false),
            Case(now: "2026-04-01 12:30", slot: "2026-04-01T09:00+09:00", peak: false),
            Case(now: "2026-04-01 18:30", slot: "2026-04-01T15:00+09:00", peak: false),
            Case(now: "2026-12-31 23:59", slot: "2026-12-31T15:00+09:00", peak: false),
            Case(now: "2027-01-01 08:59", slot: "2026-12-31T15:00+09:00", peak: false),
            Case(now: "2027-01-01 12:00", slot: "2027-01-01T12:00+09:00", peak: true),
            Case(now: "2028-03-01 08:00", slot: "2028-02-29T18:00+09:00", peak: true),
        ])
    func boundaries(_ example: Case) throws {
        let slot = calendar.slot(at: try kst(example.now))
        #expect(slot.id == example.slot)
        #expect(slot.peak == example.peak)
    }

    @Test("a host that boots after a slot gets the slot it missed, and every firing in a slot agrees")
    func missedSlot() throws {
        // Down from 08:00 to 11:37: the 09:00 slot is still the current one.
        #expect(calendar.slot(at: try kst("2026-11-23 11:37")).id == "2026-11-23T09:00+09:00")
        // Down over both slots of a day: the latest one (15:00) is enqueued when it comes back at 22:10.
        #expect(calendar.slot(at: try kst("2026-11-23 22:10")).id == "2026-11-23T15:00+09:00")
        // Firings at 09:00:00, 09:00:59 (AccuracySec) and 14:59:59 are one slot; 15:00:00 is the next.
        let firings = try ["2026-11-23 09:00:00", "2026-11-23 09:00:59", "2026-11-23 14:59:59"].map(kst)
        #expect(Set(firings.map { calendar.slot(at: $0) }).count == 1)
        #expect(calendar.slot(at: try kst("2026-11-23 15:00:00")) > calendar.slot(at: firings[2]))
    }

    @Test("slots are UTC+9 epoch instants, whatever the host's zone or Asia/Seoul's history")
    func fixedOffset() throws {
        // 2026-11-23 00:00:00 UTC is 09:00 KST.
        let nine = calendar.slot(at: Date(timeIntervalSince1970: 1_795_392_000))
        #expect(nine.id == "2026-11-23T09:00+09:00")
        #expect(nine.start.timeIntervalSince1970 == 1_795_392_000)
        // One second earlier is still yesterday's 15:00 slot (06:00 UTC).
        let before = calendar.slot(at: Date(timeIntervalSince1970: 1_795_391_999))
        #expect(before.start.timeIntervalSince1970 == 1_795_392_000 - 18 * 3600)
        // Seoul kept daylight saving (UTC+10) in summer 1988; KST as the scheduler means it does not. 23:30 UTC on
        // 15 June 1988 is 08:30 KST on the 16th (before the first slot), though 09:30 by Seoul's clock then.
        let summer1988 = calendar.slot(at: try #require(KoreaTime.parseInstant("1988-06-15T23:30:00Z")))
        #expect(summer1988.id == "1988-06-15T15:00+09:00")
    }

    @Test("agrees with a Gregorian calendar fixed at UTC+9 over every 7 minutes of a season change")
    func agreesWithFoundationCalendar() throws {
        var reference = Calendar(identifier: .gregorian)
        reference.timeZone = try #require(TimeZone(secondsFromGMT: 9 * 3600))
        let start = try kst("2026-03-30 00:00")
        for step in 0..<(4 * 24 * 60 / 7) {
            let instant = start.addingTimeInterval(TimeInterval(step * 7 * 60))
            // Brute force: the latest start among yesterday's and today's slots, each by its own day's month.
            var latest: Date?
            for dayOffset in [-1, 0] {
                let day = try #require(reference.date(byAdding: .day, value: dayOffset, to: instant))
                let parts = reference.dateComponents([.year, .month, .day], from: day)
                let hours = (1...3).contains(parts.month ?? 0) ? [9, 12, 15, 18] : [9, 15]
                for hour in hours {
                    var slotParts = parts
                    slotParts.hour = hour
                    let candidate = try #require(reference.date(from: slotParts))
                    if candidate <= instant, latest.map({ candidate > $0 }) ?? true { latest = candidate }
                }
            }
            #expect(calendar.slot(at: instant).start == latest, "at \(KoreaTime.iso8601(instant))")
        }
    }

    @Test("settings: defaults, custom slots, no peak months, and what is refused")
    func settings() throws {
        let defaults = try ScheduleCalendar(
            slots: "09:00,15:00", peakSlots: "09:00,12:00,15:00,18:00", peakMonths: "1-3")
        #expect(defaults == .standard)

        let custom = try ScheduleCalendar(slots: "15:30, 8:30", peakSlots: "07:00", peakMonths: "11-12,1")
        #expect(custom.slots.map(\.description) == ["08:30", "15:30"])
        #expect(custom.slot(at: try kst("2026-06-01 08:29")).id == "2026-05-31T15:30+09:00")
        #expect(custom.slot(at: try kst("2026-12-24 23:00")).id == "2026-12-24T07:00+09:00")
        #expect(custom.peakMonths.description == "1,11-12")

        let neverPeak = try ScheduleCalendar(slots: "09:00", peakSlots: "09:00,12:00", peakMonths: "")
        #expect(neverPeak.slot(at: try kst("2027-02-10 13:00")).id == "2027-02-10T09:00+09:00")

        for (slots, peak, months, setting) in [
            ("9", "09:00", "1-3", "schedule.slots"), ("09:00,", "09:00", "1-3", "schedule.slots"),
            ("24:00", "09:00", "1-3", "schedule.slots"), ("09:00", "12:60", "1-3", "schedule.peak_slots"),
            ("09:00", "09:00", "3-1", "schedule.peak_months"), ("09:00", "09:00", "13", "schedule.peak_months"),
            ("09:00", "09:00", "jan", "schedule.peak_months"),
        ] {
            #expect {
                try ScheduleCalendar(slots: slots, peakSlots: peak, peakMonths: months)
            } throws: { error in
                (error as? ScheduleError)?.code == .badSetting && "\(error)".hasPrefix(setting + ":")
            }
        }
    }

    @Test("--at: ISO 8601 instants and 'YYYY-MM-DD HH:MM' in Korea time")
    func parsingInstants() throws {
        let nine = Date(timeIntervalSince1970: 1_795_392_000)  // 2026-11-23 09:00 KST
        for text in [
            "2026-11-23 09:00", "2026-11-23T09:00", "2026-11-23 09:00:00", "2026-11-23T09:00:00+09:00",
            "2026-11-23T00:00:00Z", "2026-11-23T00:00Z", "2026-11-22T19:00:00-05:00", "2026-11-23T00:00:00.000Z",
        ] {
            #expect(KoreaTime.parseInstant(text) == nine, "\(text)")
        }
        for text in ["", "tomorrow", "2026-11-23", "2026-02-30 09:00", "2026-11-23 25:00", "2026-11-23 09:00+9"] {
            #expect(KoreaTime.parseInstant(text) == nil, "\(text)")
        }
    }
}
