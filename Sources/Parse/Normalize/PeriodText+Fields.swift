/// Periods stated in separate fields, as NTIS does (접수일 `2025.07.21`, 마감일 `2025.08.13`, 접수마감시간 `18:00`),
/// or a detail page that gives the closing time apart from the closing day.
extension PeriodText {
    /// The period from its parts. The closing time, when it can be read, sets the end's time and
    /// `closingTimeGiven`; an end field that is an open-ended phrase (`예산 소진시까지`) makes the period open-ended.
    /// `text` is built from the fields as `<start> ~ <end> <closingTime>`. Never nil: fields that cannot be read leave
    /// their part unknown, and an end before the start leaves both unknown.
    public static func parse(start: String?, end: String?, closingTime: String?) -> ApplicationPeriod {
        let startText = meaningful(start)
        let endText = meaningful(end)
        let closingText = endText == nil ? nil : meaningful(closingTime)
        let text = fieldsText(start: startText, end: endText, closingTime: closingText)

        let opening = startText.flatMap { DateText.date($0) }
        var closing = endText.flatMap { DateText.date($0) }
        if let day = closing, let time = closingText.flatMap({ DateText.time($0) }),
            let withTime = DateTimeText(date: day.date, hour: time.hour, minute: time.minute, second: time.second)
        {
            closing = withTime
        }
        if let opening, let closing, closing.endInstant < opening.startInstant {
            return ApplicationPeriod(text: text)
        }
        let openEnded = closing == nil && endText.map { OpenEndedPhrase.isPeriodEnd($0) } == true
        return ApplicationPeriod(
            start: opening?.startInstant, end: closing?.endInstant, closingTimeGiven: closing?.hasTime ?? false,
            openEnded: openEnded, text: text)
    }

    /// A field's value collapsed, or nil when it is empty or placeholder junk (`-`, `0`) rather than a date or phrase.
    private static func meaningful(_ field: String?) -> String? {
        guard let value = DateText.collapsedWhitespace(field) else { return nil }
        let compact = value.filter { !$0.isWhitespace }
        let hasDigit = compact.contains { $0.isNumber && $0 != "0" }
        return hasDigit || OpenEndedPhrase.isPeriodEnd(compact) ? value : nil
    }

    /// `2025.07.21 ~ 2025.08.13 18:00`, `2025.07.21 ~`, `~ 2025.08.13`; nil when neither day is stated.
    private static func fieldsText(start: String?, end: String?, closingTime: String?) -> String? {
        let closing = [end, closingTime].compactMap { $0 }.joined(separator: " ")
        switch (start, closing.isEmpty) {
        case (nil, true): return nil
        case (let start?, true): return "\(start) ~"
        case (nil, false): return "~ \(closing)"
        case (let start?, false): return "\(start) ~ \(closing)"
        }
    }
}
