/// Periods written inside titles, as NTIS lists show them: `(접수기간: 2025.2.27.(목),14:00~3.6.(목),18:00)`,
/// `(~4/13)`, `(접수마감: 2025.10.31 18:00)`. Only parenthesized groups that are labelled as a period (or start with
/// `~`) are read, so `2025년도`, `(2025)`, `제2025-518호`, `('25.5.16. 수정 게시)` and `(HK3.0)` give nothing.
extension PeriodText {
    /// Labels that introduce a period inside a title.
    static let periodLabels = ["접수", "신청", "모집", "마감", "기간", "일정"]

    /// The first period embedded in `title`, with the group's text (labels kept) as its `text`; nil when there is
    /// none. A date without a year takes the first 4-digit year elsewhere in the title (`2025년도`); without one it
    /// gives nil.
    public static func embedded(in title: String) -> ApplicationPeriod? {
        let year = firstYear(in: title)
        for group in parenthesizedGroups(in: title) {
            guard let split = labelled(group) else { continue }
            let deadlineOnly = split.label.contains("마감") && !["기간", "일정"].contains { split.label.contains($0) }
            let body = deadlineOnly && !split.body.hasPrefix("~") ? "~ " + split.body : split.body
            guard var period = parse(body, referenceYear: year) else { continue }
            period.text = DateText.collapsedWhitespace(group)
            return period
        }
        return nil
    }

    /// The contents of the top-level `( … )` groups of `text` (full-width parentheses too), nested groups such as
    /// weekdays kept inside.
    static func parenthesizedGroups(in text: String) -> [String] {
        var groups: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            switch character {
            case "(", "（":
                if depth > 0 { current.append(character) }
                depth += 1
            case ")" where depth > 0, "）" where depth > 0:
                depth -= 1
                if depth == 0 {
                    groups.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            default:
                if depth > 0 { current.append(character) }
            }
        }
        return groups
    }

    /// A group split into its label (`접수기간`, `연구자 접수기간`) and the period after it; nil when the label is not a
    /// period label. The label ends where the first digit or `~` begins.
    private static func labelled(_ group: String) -> (label: String, body: String)? {
        let normalized = String(DateText.normalizedCharacters(group))
        guard let index = normalized.firstIndex(where: { $0.isASCII && ($0.isNumber || $0 == "~") }) else {
            return nil
        }
        let label = normalized[..<index].filter { $0 != " " && $0 != ":" }
        guard label.isEmpty || periodLabels.contains(where: { label.contains($0) }) else { return nil }
        return (label, String(normalized[index...]))
    }

    /// The first run of exactly four digits in `title` that can be a year (1900–2200).
    static func firstYear(in title: String) -> Int? {
        var digits = ""
        for character in DateText.normalizedCharacters(title) + [" "] {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1900...2200).contains(year) { return year }
            digits = ""
        }
        return nil
    }
}
