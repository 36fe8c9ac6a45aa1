/// The day grammar: `2026-08-13`, `2026.07.06.`, `2026. 08. 28`, `2026/05/21`, `20260529`, `2026년 8월 13일`, and
/// without a year `6. 23.`, `12.08`, `4/13`, `3월 6일`; each may carry a weekday (`(목)`) and then a time.
extension DateTextCursor {
    /// A day, its weekday and a following time (`2025.2.27.(목),14:00`), or nil with the cursor unmoved.
    mutating func scanDateTime() -> WrittenDateTime? {
        attempt { cursor in
            guard let day = cursor.scanDay() else { return nil }
            _ = cursor.attempt { $0.scanWeekday() }
            let time = cursor.attempt { cursor -> WrittenTime? in
                cursor.skipSpaces()
                if cursor.skip(",") { cursor.skipSpaces() }
                return cursor.scanTime()
            }
            return WrittenDateTime(day: day, time: time)
        }
    }

    /// A day with or without a year; which form is read is decided by the first number's length (4 digits: a year,
    /// 8: `YYYYMMDD`, 1–2: a month), so `2025.2.27` is never read as month 25.
    mutating func scanDay() -> WrittenDay? {
        attempt { cursor in
            guard let first = cursor.number() else { return nil }
            switch first.digits {
            case 8:
                return WrittenDay(year: first.value / 10_000, month: first.value / 100 % 100, day: first.value % 100)
            case 4:
                guard let (month, day) = cursor.scanMonthDay(yearSeparators: [".", "-", "/"]) else { return nil }
                return WrittenDay(year: first.value, month: month, day: day)
            case 1, 2:
                guard let day = cursor.scanDayOfMonth(after: first.value, separators: [".", "/"]) else { return nil }
                return WrittenDay(year: nil, month: first.value, day: day)
            default:
                return nil
            }
        }
    }

    /// After a year: `.MM.DD`, `-MM-DD`, `/MM/DD` (one separator throughout) or `년 M월 D일`.
    private mutating func scanMonthDay(yearSeparators: [Character]) -> (month: Int, day: Int)? {
        skipSpaces()
        if skip("년") {
            skipSpaces()
            guard let month = number(), month.digits <= 2 else { return nil }
            guard let day = scanDayOfMonth(after: month.value, separators: []) else { return nil }
            return (month.value, day)
        }
        guard let separator = current, yearSeparators.contains(separator) else { return nil }
        position += 1
        skipSpaces()
        guard let month = number(), month.digits <= 2 else { return nil }
        guard let day = scanDayOfMonth(after: month.value, separators: [separator]) else { return nil }
        return (month.value, day)
    }

    /// After a month: `<separator> D` with an optional closing `.` for `.`, or `월 D일`. Both numbers are checked
    /// against the calendar only once the year is known.
    private mutating func scanDayOfMonth(after month: Int, separators: [Character]) -> Int? {
        guard (1...12).contains(month) else { return nil }
        skipSpaces()
        if skip("월") {
            skipSpaces()
            guard let day = number(), day.digits <= 2 else { return nil }
            skipSpaces()
            return skip("일") ? day.value : nil
        }
        guard let separator = current, separators.contains(separator) else { return nil }
        position += 1
        skipSpaces()
        guard let day = number(), day.digits <= 2, (1...31).contains(day.value) else { return nil }
        if separator == "." { _ = skip(".") }
        return day.value
    }

    /// `(목)`, `( 목 )`, `(목요일)`: decoration, not checked against the date (pages get it wrong).
    private mutating func scanWeekday() -> Bool? {
        skipSpaces()
        guard skip("(") else { return nil }
        skipSpaces()
        guard let day = current, "월화수목금토일".contains(day) else { return nil }
        position += 1
        _ = skip("요일")
        skipSpaces()
        return skip(")") ? true : nil
    }
}
