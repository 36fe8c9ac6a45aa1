/// Reads one date, with or without a time, as the agencies' pages write it (`2026.9.9 16:00`, `2026. 08. 28`,
/// `20260529`, `2026년 8월 13일 오후 6시`, `6. 23.(화) 18:00까지` …), so that a closing day keeps its closing time and
/// nothing depends on the host's time zone. No `DateFormatter`: the formats are too loose for one, and its results
/// depend on locale and zone settings.
public enum DateText {
    /// The date (and time) that is the whole of `text`, or nil when `text` is not one date or names a day or a time
    /// that does not exist (`2026-02-30`, `25:00`). A trailing `까지`/`부터` is allowed.
    /// - Parameter referenceYear: the year of a date written without one (`6. 23.(화) 18:00까지`); without it such a
    ///   date gives nil.
    public static func date(_ text: String, referenceYear: Int? = nil) -> DateTimeText? {
        var cursor = DateTextCursor(text)
        cursor.skipSpaces()
        guard let written = cursor.scanDateTime(), let day = written.day else { return nil }
        cursor.skipSpaces()
        _ = cursor.skip("까지") || cursor.skip("부터")
        cursor.skipSpaces()
        guard cursor.isAtEnd else { return nil }
        return written.resolved(year: day.year ?? referenceYear)
    }

    /// A time of day that is the whole of `text` (`18:00`, `18시 00분`, `오후 6시`), as NTIS states 접수마감시간 apart
    /// from the closing day.
    static func time(_ text: String) -> WrittenTime? {
        var cursor = DateTextCursor(text)
        cursor.skipSpaces()
        guard let time = cursor.scanTime() else { return nil }
        cursor.skipSpaces()
        _ = cursor.skip("까지")
        cursor.skipSpaces()
        return cursor.isAtEnd ? time : nil
    }
}
