/// A day as written, before its year is known: `3.6.(목)` names a day only once the caller supplies the year.
struct WrittenDay: Hashable {
    var year: Int?
    var month: Int
    var day: Int

    /// The calendar day in `year` (the written year wins), or nil when there is no year or no such day.
    func localDate(year fallback: Int?) -> LocalDate? {
        guard let year = year ?? fallback else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}

/// A time of day as written; checked against the clock only when it meets a day (`DateTimeText`).
struct WrittenTime: Hashable {
    var hour: Int
    var minute: Int
    var second: Int?
}

/// A date, a time, or both, as written: a period's end may be a time alone (`14:00 ~ 17:00` on the same day).
struct WrittenDateTime: Hashable {
    var day: WrittenDay?
    var time: WrittenTime?

    /// The date with its time, the written year winning over `year`; nil when there is no day, no year, or the day or
    /// time does not exist.
    func resolved(year: Int?) -> DateTimeText? {
        guard let date = day?.localDate(year: year) else { return nil }
        return DateTimeText(date: date, hour: time?.hour, minute: time?.minute, second: time?.second)
    }
}
