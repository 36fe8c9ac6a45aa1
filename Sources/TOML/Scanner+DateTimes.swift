/// RFC 3339 dates and times in the four TOML forms: `1979-05-27T07:32:00Z`, `1979-05-27 07:32:00`, `1979-05-27`,
/// `07:32:00.999`.
extension Scanner {
    /// Whether the cursor is at something that must be a date or time (`dddd-` or `dd:`), not a number.
    var isAtDateTime: Bool {
        let digits = (0..<4).map { peek($0).map(ASCII.isDigit) ?? false }
        return (digits[0] && digits[1] && digits[2] && digits[3] && peek(4) == ASCII.minus)
            || (digits[0] && digits[1] && peek(2) == ASCII.colon)
    }

    /// Reads a date, time or date-time and checks that its fields are in range.
    mutating func parseDateTime() throws(TOMLError) -> TOMLDateTime {
        let start = location
        let begin = offset
        var date: TOMLDateTime.Date?
        var time: TOMLDateTime.Time?
        var utcOffsetMinutes: Int?

        if peek(2) == ASCII.colon {
            time = try parseTime(begin: begin, start: start)
        } else {
            date = try parseDate(begin: begin, start: start)
            let separator = peek()
            let hasTime =
                separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
                || (separator == ASCII.space && peek(1).map(ASCII.isDigit) == true
                    && peek(2).map(ASCII.isDigit) == true && peek(3) == ASCII.colon)
            if hasTime {
                advance()
                time = try parseTime(begin: begin, start: start)
                utcOffsetMinutes = try parseOffset(begin: begin, start: start)
            }
        }
        if let byte = peek(), !ASCII.endsValue(byte) {
            throw invalidDateTime(begin: begin, start: start, "unexpected \(describeCurrent())")
        }
        return TOMLDateTime(date: date, time: time, utcOffsetMinutes: utcOffsetMinutes, text: text(begin..<offset))
    }

    private mutating func parseDate(begin: Int, start: TOMLLocation) throws(TOMLError) -> TOMLDateTime.Date {
        let year = try field(digits: 4, then: ASCII.minus, begin: begin, start: start, "expected YYYY-MM-DD")
        let month = try field(digits: 2, then: ASCII.minus, begin: begin, start: start, "expected YYYY-MM-DD")
        let day = try field(digits: 2, then: nil, begin: begin, start: start, "expected YYYY-MM-DD")
        guard (1...12).contains(month) else {
            throw invalidDateTime(begin: begin, start: start, "month \(month) is out of range")
        }
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else {
            throw invalidDateTime(begin: begin, start: start, "day \(day) is out of range for the month")
        }
        return TOMLDateTime.Date(year: year, month: month, day: day)
    }

    private mutating func parseTime(begin: Int, start: TOMLLocation) throws(TOMLError) -> TOMLDateTime.Time {
        let hour = try field(digits: 2, then: ASCII.colon, begin: begin, start: start, "expected HH:MM:SS")
        let minute = try field(digits: 2, then: ASCII.colon, begin: begin, start: start, "expected HH:MM:SS")
        let second = try field(digits: 2, then: nil, begin: begin, start: start, "expected HH:MM:SS")
        var nanosecond = 0
        if peek() == ASCII.dot {
            advance()
            var digitCount = 0
            while let byte = peek(), ASCII.isDigit(byte) {
                if digitCount < 9 { nanosecond = nanosecond * 10 + Int(byte - 0x30) }
                digitCount += 1
                advance()
            }
            guard digitCount > 0 else {
                throw invalidDateTime(begin: begin, start: start, "expected digits after '.'")
            }
            for _ in min(digitCount, 9)..<9 { nanosecond *= 10 }
        }
        guard hour <= 23 else { throw invalidDateTime(begin: begin, start: start, "hour \(hour) is out of range") }
        guard minute <= 59 else {
            throw invalidDateTime(begin: begin, start: start, "minute \(minute) is out of range")
        }
        guard second <= 60 else {
            throw invalidDateTime(begin: begin, start: start, "second \(second) is out of range")
        }
        return TOMLDateTime.Time(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// `Z` or `±HH:MM` after a date-time's time; `nil` (a local date-time) if neither follows.
    private mutating func parseOffset(begin: Int, start: TOMLLocation) throws(TOMLError) -> Int? {
        guard let byte = peek() else { return nil }
        if byte | 0x20 == UInt8(ascii: "z") {
            advance()
            return 0
        }
        guard byte == ASCII.plus || byte == ASCII.minus else { return nil }
        advance()
        let hours = try field(digits: 2, then: ASCII.colon, begin: begin, start: start, "expected offset ±HH:MM")
        let minutes = try field(digits: 2, then: nil, begin: begin, start: start, "expected offset ±HH:MM")
        guard hours <= 23, minutes <= 59 else {
            throw invalidDateTime(begin: begin, start: start, "offset is out of range")
        }
        return (byte == ASCII.minus ? -1 : 1) * (hours * 60 + minutes)
    }

    /// Reads exactly `digits` decimal digits and then, if given, the separator `then`.
    private mutating func field(
        digits: Int, then separator: UInt8?, begin: Int, start: TOMLLocation, _ expectation: String
    ) throws(TOMLError) -> Int {
        var value = 0
        for _ in 0..<digits {
            guard let byte = peek(), ASCII.isDigit(byte) else {
                throw invalidDateTime(begin: begin, start: start, expectation)
            }
            value = value * 10 + Int(byte - 0x30)
            advance()
        }
        if let separator {
            guard peek() == separator else { throw invalidDateTime(begin: begin, start: start, expectation) }
            advance()
        }
        return value
    }

    /// An error quoting the date/time as written, up to the next character that could end a value.
    private func invalidDateTime(begin: Int, start: TOMLLocation, _ detail: String) -> TOMLError {
        var end = max(offset, begin + 1)
        while end < bytes.count, !ASCII.endsValue(bytes[end]) { end += 1 }
        return error(.invalidDateTime, "invalid date-time '\(text(begin..<end))': \(detail)", at: start)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
