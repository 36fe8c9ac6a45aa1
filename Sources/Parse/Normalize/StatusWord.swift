/// The status words the sources print beside an announcement (IRIS `공고접수중`, S-Rome badges, NTIS 현황, D-day
/// counters). They are hints, kept beside the status derived from the period and the clock, never the truth: a list
/// page is a snapshot and its words go stale (the original pipeline left expired programs ACTIVE).
public enum StatusWord {
    /// The status a source's word means; nil for words that say nothing about it (`IRIS 공고` badge, empty, unknown).
    /// A D-day counter (`D-5`, ` D - 9 `, `D-day`) means still open; `D+3` means past the deadline.
    public static func interpret(_ word: String) -> ProgramStatus? {
        let compact = String(
            TitleText.clean(word).filter { !$0.isWhitespace }.uppercased().map { "‐–—−－".contains($0) ? "-" : $0 })
        if let counted = dayCounter(compact) { return counted }
        switch compact {
        case "공고예고", "공고예정", "접수예정", "접수전", "예정": return .upcoming
        case "공고접수중", "접수중", "진행중", "공고중", "모집중", "접수진행중": return .open
        case "공고마감", "접수마감", "마감", "종료", "접수종료", "공고종료", "모집마감", "마감됨": return .closed
        default: return nil
        }
    }

    /// `D-5`, `D-DAY`, `D-0` → open; `D+3` → closed; anything else nil.
    static func dayCounter(_ compact: String) -> ProgramStatus? {
        guard compact.hasPrefix("D"), compact.count >= 3 else { return nil }
        let sign = compact[compact.index(after: compact.startIndex)]
        let rest = compact.dropFirst(2)
        switch sign {
        case "-":
            return rest == "DAY" || (!rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }) ? .open : nil
        case "+":
            return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber } ? .closed : nil
        default:
            return nil
        }
    }
}
