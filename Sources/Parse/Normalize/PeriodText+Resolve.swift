/// Turning a written period into instants: placing dates written without a year, and the golden-record rules for
/// days without a time (a start opens at 00:00, an end closes at 23:59:59, both in Korea).
extension WrittenPeriod {
    /// The period, or nil when a year cannot be found, a day or time does not exist, or the end comes before the
    /// start.
    func period(referenceYear: Int?, text: String) -> ApplicationPeriod? {
        guard let (start, end) = resolved(referenceYear: referenceYear) else { return nil }
        if dashSeparated, start == nil || end == nil || self.end?.day?.year == nil { return nil }
        if let start, let end, end.endInstant < start.startInstant { return nil }
        return ApplicationPeriod(
            start: start?.startInstant, end: end?.endInstant, closingTimeGiven: end?.hasTime ?? false,
            openEnded: openEnded, text: text)
    }

    /// Start and end with their years: a written year wins; a start without one takes the end's year (the year
    /// before when its month is later) or `referenceYear`; an end without one takes the start's year (the year after
    /// when its month is earlier) or `referenceYear`; an end that is only a time is on the start's day.
    private func resolved(referenceYear: Int?) -> (start: DateTimeText?, end: DateTimeText?)? {
        var start: DateTimeText?
        if let written = self.start {
            guard let day = written.day else { return nil }
            var year = day.year ?? referenceYear
            if day.year == nil, let endDay = end?.day, let endYear = endDay.year {
                year = endDay.month < day.month ? endYear - 1 : endYear
            }
            guard let resolved = written.resolved(year: year) else { return nil }
            start = resolved
        }
        guard let written = end else { return (start, nil) }
        guard let day = written.day else {
            guard let start, let time = written.time else { return nil }
            let end = DateTimeText(date: start.date, hour: time.hour, minute: time.minute, second: time.second)
            return end.map { (start, $0) }
        }
        var year = day.year ?? referenceYear
        if day.year == nil, let start {
            year = day.month < start.date.month ? start.date.year + 1 : start.date.year
        }
        guard let end = written.resolved(year: year) else { return nil }
        return (start, end)
    }
}
