import Foundation

extension IITPEzoneDetailParser {
    /// Body labels under which a closing day can come with its time (`마감시간 : 2026. 11. 30.(월) 17:00까지`,
    /// `접수기간 : 2026. 11. 12.(목) ~ 2026. 12. 10.(목) 18:00까지`).
    static let closingLabels = ["마감", "접수기간", "제출기간", "신청기간"]

    /// The 접수기간 cell as written (`2026-11-12 00시 ~ 2026-12-10 18시`). When the cell gives the closing day without
    /// a time and the body states that same day with one, the body's time is the closing time (README: a closing
    /// time given separately sets the time); the cell stays the period's text.
    static func period(cell: String?, body: String?) -> ApplicationPeriod {
        guard let cell, var period = PeriodText.parse(cell) else { return .unknown }
        guard !period.closingTimeGiven, let end = period.end, let day = KoreaTime.localDate(of: end), let body,
            let closing = closingTime(in: body, on: day)
        else { return period }
        period.end = closing
        period.closingTimeGiven = true
        return period
    }

    /// The closing instant of `day` that a closing line of the body states with a time, if one does.
    static func closingTime(in body: String, on day: LocalDate) -> Date? {
        for line in body.split(separator: "\n") where closingLabels.contains(where: { line.containsText($0) }) {
            let statement = upToUntil(labelledValue(String(line)))
            if let date = DateText.date(statement, referenceYear: day.year), date.hasTime, date.date == day {
                return date.startInstant
            }
            if let period = PeriodText.parse(statement, referenceYear: day.year), period.closingTimeGiven,
                let end = period.end, KoreaTime.localDate(of: end) == day
            {
                return end
            }
        }
        return nil
    }

    /// `○ 마감시간 : 2026. 11. 30.(월) 17:00까지 (시스템 제출 기준)` → the part after the label's colon (a colon
    /// between digits is a time's, not a label's).
    static func labelledValue(_ line: String) -> String {
        let characters = Array(line)
        for index in characters.indices where characters[index] == ":" || characters[index] == "：" {
            let between =
                index > 0 && index + 1 < characters.count && characters[index - 1].isNumber
                && characters[index + 1].isNumber
            if !between {
                return String(characters[(index + 1)...]).trimmingSpaces()
            }
        }
        return line
    }

    /// The statement up to and including `까지`, dropping remarks after it (`(시스템 제출 기준)`, `, IRIS 온라인 접수`).
    static func upToUntil(_ statement: String) -> String {
        guard let until = statement.rangeOfText("까지") else { return statement }
        return String(statement[..<until.upperBound])
    }
}
