/// The time grammar: `18:00`, `09:47:18`, `01시`, `18시 00분`, `오후 6시`, `오전 10:30`. Hours and minutes are checked
/// against the clock later, by `DateTimeText`.
extension DateTextCursor {
    /// A time of day, or nil with the cursor unmoved.
    mutating func scanTime() -> WrittenTime? {
        attempt { cursor in
            let afternoon: Bool? = cursor.skip("오전") ? false : cursor.skip("오후") ? true : nil
            if afternoon != nil { cursor.skipSpaces() }
            guard let hour = cursor.number(), hour.digits <= 2, var time = cursor.scanMinutes(hour: hour.value) else {
                return nil
            }
            if let afternoon {
                guard (1...12).contains(time.hour) else { return nil }
                time.hour = time.hour % 12 + (afternoon ? 12 : 0)
            }
            return time
        }
    }

    /// After the hour: `:MM[:SS]` or `시[ M분]`.
    private mutating func scanMinutes(hour: Int) -> WrittenTime? {
        if skip(":") {
            guard let minute = number(), minute.digits == 2 else { return nil }
            let second = attempt { cursor -> Int? in
                guard cursor.skip(":"), let second = cursor.number(), second.digits == 2 else { return nil }
                return second.value
            }
            return WrittenTime(hour: hour, minute: minute.value, second: second)
        }
        skipSpaces()
        guard skip("시") else { return nil }
        let minute = attempt { cursor -> Int? in
            cursor.skipSpaces()
            guard let minute = cursor.number(), minute.digits <= 2 else { return nil }
            cursor.skipSpaces()
            return cursor.skip("분") ? minute.value : nil
        }
        return WrittenTime(hour: hour, minute: minute ?? 0)
    }
}
