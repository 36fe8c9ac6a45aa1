/// Reads an application period (접수기간) as the agencies write it — `2026-02-06 09:00 ~ 2026-04-08 18:00`,
/// `2026. 6. 2.(화) ~ 6. 23.(화) 18:00까지`, `2026.11.18 ~ 예산 소진시까지`, `상시 접수` — into Korea-time instants,
/// keeping what the golden-record rules need: whether the closing time was given and whether the period is open-ended.
public enum PeriodText {
    /// The period that `text` states, or nil when it states none (`미정`, `-`, a lone date, garbage).
    ///
    /// A start without a time opens at 00:00 in Korea; an end without a time closes at 23:59:59 in Korea with
    /// `closingTimeGiven` false. An end without a year takes the start's year, or the next one when its month comes
    /// earlier (`2026.12.20 ~ 1.8` ends 2027-01-08). `text` of the result is the input trimmed, whitespace collapsed.
    /// - Parameter referenceYear: the year of a start written without one (`6. 2.(화) ~ 6. 23.(화)`).
    public static func parse(_ text: String, referenceYear: Int? = nil) -> ApplicationPeriod? {
        guard let verbatim = DateText.collapsedWhitespace(text) else { return nil }
        var cursor = DateTextCursor(text)
        cursor.skipSpaces()
        if let written = cursor.scanPeriod() {
            return written.period(referenceYear: referenceYear, text: verbatim)
        }
        guard OpenEndedPhrase.isWholePeriod(verbatim) else { return nil }
        return ApplicationPeriod(openEnded: true, text: verbatim)
    }
}
