import TOML
import Testing

@Suite("Dates and times")
struct DateTimeTests {
    private func dateTime(_ literal: String) throws -> TOMLDateTime {
        try #require(try value(literal).dateTimeValue)
    }

    @Test func offsetDateTimes() throws {
        let utc = try dateTime("1979-05-27T07:32:00Z")
        #expect(utc.kind == .offsetDateTime)
        #expect(utc.date == TOMLDateTime.Date(year: 1979, month: 5, day: 27))
        #expect(utc.time == TOMLDateTime.Time(hour: 7, minute: 32, second: 0, nanosecond: 0))
        #expect(utc.utcOffsetMinutes == 0)
        #expect(utc.text == "1979-05-27T07:32:00Z")

        let west = try dateTime("1979-05-27T00:32:00-07:00")
        #expect(west.utcOffsetMinutes == -420)
        let east = try dateTime("1979-05-27T00:32:00.999999+05:30")
        #expect(east.utcOffsetMinutes == 330)
        #expect(east.time?.nanosecond == 999_999_000)
    }

    @Test func separatorsAndLetterCase() throws {
        let spaced = try dateTime("1979-05-27 07:32:00z")
        #expect(spaced.kind == .offsetDateTime)
        #expect(spaced.text == "1979-05-27 07:32:00z")
        #expect(try dateTime("1979-05-27t07:32:00Z") == spaced)
        #expect(try dateTime("1979-05-27T07:32:00+00:00") == spaced)
    }

    @Test func localDateTime() throws {
        let local = try dateTime("1979-05-27T07:32:00")
        #expect(local.kind == .localDateTime)
        #expect(local.utcOffsetMinutes == nil)
        let fractional = try dateTime("1979-05-27 00:32:00.5")
        #expect(fractional.kind == .localDateTime)
        #expect(fractional.time?.nanosecond == 500_000_000)
    }

    @Test func localDate() throws {
        let date = try dateTime("1979-05-27")
        #expect(date.kind == .localDate)
        #expect(date.time == nil)
        #expect(date.date?.day == 27)
        // A space after a date that is not followed by a time is just whitespace.
        let document = try parse("d = 1979-05-27 # birthday\ne = 2024-02-29")
        #expect(document["d"]?.dateTimeValue?.kind == .localDate)
        #expect(document["e"]?.dateTimeValue?.date == TOMLDateTime.Date(year: 2024, month: 2, day: 29))
    }

    @Test func localTime() throws {
        let time = try dateTime("07:32:00")
        #expect(time.kind == .localTime)
        #expect(time.date == nil)
        #expect(time.time == TOMLDateTime.Time(hour: 7, minute: 32, second: 0, nanosecond: 0))
        // Digits beyond nanoseconds are truncated.
        #expect(try dateTime("00:32:00.1234567899").time?.nanosecond == 123_456_789)
    }

    @Test func typeNames() throws {
        #expect(try value("1979-05-27T07:32:00Z").typeName == "offset date-time")
        #expect(try value("1979-05-27T07:32:00").typeName == "local date-time")
        #expect(try value("1979-05-27").typeName == "local date")
        #expect(try value("07:32:00").typeName == "local time")
    }

    @Test func dateTimesInsideArrays() throws {
        let array = try #require(try value("[1979-05-27, 07:32:00,1979-05-27T07:32:00Z]").arrayValue)
        #expect(array.compactMap(\.dateTimeValue).map(\.kind) == [.localDate, .localTime, .offsetDateTime])
    }

    @Test(arguments: [
        ("1979-13-01", "month 13 is out of range"),
        ("1979-00-01", "month 0 is out of range"),
        ("1979-02-30", "day 30 is out of range"),
        ("1900-02-29", "day 29 is out of range"),
        ("1979-04-31", "day 31 is out of range"),
        ("24:00:00", "hour 24 is out of range"),
        ("07:60:00", "minute 60 is out of range"),
        ("07:32:61", "second 61 is out of range"),
        ("07:32", "expected HH:MM:SS"),
        ("1979-5-27", "expected YYYY-MM-DD"),
        ("1979-05-27T", "expected HH:MM:SS"),
        ("1979-05-27T07:32:00.", "expected digits after '.'"),
        ("1979-05-27T07:32:00+25:00", "offset is out of range"),
        ("1979-05-27T07:32:00+07", "expected offset"),
        ("07:32:00Z", "unexpected 'Z'"),
        ("1979-05-27X", "unexpected 'X'"),
    ])
    func invalidDateTimes(literal: String, detail: String) {
        expectError("v = \(literal)", .invalidDateTime, at: 1, 5, containing: detail)
    }
}
