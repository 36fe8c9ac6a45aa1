/// A TOML date, time or date-time as its components plus the text it was written as: the configuration only compares
/// and prints these (e.g. a source's `active_from`), so no calendar library or Foundation `Date` is needed.
public struct TOMLDateTime: Sendable, Hashable, CustomStringConvertible {
    /// The four kinds TOML distinguishes; they are different types, not one type with optional parts.
    public enum Kind: Sendable, Hashable {
        /// `1979-05-27T07:32:00Z`, `1979-05-27 00:32:00-07:00`: an instant.
        case offsetDateTime
        /// `1979-05-27T07:32:00`: a wall-clock time with no time zone.
        case localDateTime
        /// `1979-05-27`.
        case localDate
        /// `07:32:00.999`.
        case localTime

        /// The TOML name, e.g. "offset date-time", used by `TOMLValue.typeName`.
        public var typeName: String {
            switch self {
            case .offsetDateTime: "offset date-time"
            case .localDateTime: "local date-time"
            case .localDate: "local date"
            case .localTime: "local time"
            }
        }
    }

    /// A calendar date (proleptic Gregorian, as RFC 3339).
    public struct Date: Sendable, Hashable {
        public let year: Int
        /// 1...12.
        public let month: Int
        /// 1...31, valid for the month.
        public let day: Int

        /// Creates a date from components, e.g. to compare with a parsed value; they are not validated.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// A time of day.
    public struct Time: Sendable, Hashable {
        /// 0...23.
        public let hour: Int
        /// 0...59.
        public let minute: Int
        /// 0...60 (RFC 3339 allows a leap second).
        public let second: Int
        /// Fractional seconds; digits beyond nanoseconds are truncated, as TOML permits.
        public let nanosecond: Int

        /// Creates a time from components, e.g. to compare with a parsed value; they are not validated.
        public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    /// The date part; `nil` for a local time.
    public let date: Date?
    /// The time part; `nil` for a local date.
    public let time: Time?
    /// Offset from UTC in minutes (`Z` is 0, `-07:00` is -420); `nil` unless this is an offset date-time.
    public let utcOffsetMinutes: Int?
    /// The value exactly as written in the document.
    public let text: String

    /// Which of the four TOML kinds this is.
    public var kind: Kind {
        switch (date != nil, time != nil) {
        case (true, true): utcOffsetMinutes == nil ? .localDateTime : .offsetDateTime
        case (true, false): .localDate
        default: .localTime
        }
    }

    /// The text as written.
    public var description: String { text }

    /// Equal when the components are: `T` and a space, `Z` and `+00:00`, `.5` and `.500` are spellings, not values.
    public static func == (lhs: TOMLDateTime, rhs: TOMLDateTime) -> Bool {
        lhs.date == rhs.date && lhs.time == rhs.time && lhs.utcOffsetMinutes == rhs.utcOffsetMinutes
    }

    /// Hashes the components, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(time)
        hasher.combine(utcOffsetMinutes)
    }
}
