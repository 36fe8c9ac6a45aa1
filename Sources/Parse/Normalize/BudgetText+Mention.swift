/// Which amount is which: the words in front of an amount, back to the previous amount or the previous bullet, say
/// whether it is the total, one project's share, or this year's slice.
extension BudgetText {
    /// What an amount is, by the strongest marker in front of it (a higher value wins: `과제당 총 5억원` is per
    /// project, `총 사업비 중 과제당 5억원` too, and `당해 19억원` is never the total).
    enum Role: Int, Comparable {
        /// No marker: the total only at the head of a single phrase (an NTIS `공고금액` cell).
        case none
        /// A budget label (`예산`, `공고금액`, `사업비`, `지원규모`): the total unless something stronger says otherwise.
        case labelTotal
        /// `최대`: a cap on one award.
        case cap
        /// `총`, `총사업비`, `정부출연금 총`.
        case total
        /// `과제당`, `기업당`, `건당`, `개사당`, `과제별` …
        case perProject
        /// `당해`, `금년`: this year's part of a total, not a budget of its own.
        case currentYear

        static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }

        var isPerProject: Bool { self == .perProject || self == .cap }
    }

    /// An amount with what it is and where its phrase starts (at its first marker, `총`/`과제당`/`최대`, not at a label).
    struct Mention {
        var amount: Amount
        var role: Role
        var phraseStart: Int

        /// A usable figure: not a stated zero (`0 억원` means unknown), not an overflow.
        var hasValue: Bool { (amount.won ?? 0) > 0 }
    }

    /// A word that marks an amount; `opensPhrase` when it belongs in the quoted phrase (labels do not).
    struct Marker {
        var word: [Unicode.Scalar]
        var role: Role
        var opensPhrase: Bool

        init(_ word: String, _ role: Role, opensPhrase: Bool = true) {
            self.word = Array(word.unicodeScalars)
            self.role = role
            self.opensPhrase = opensPhrase
        }
    }

    static let markers: [Marker] = [
        Marker("총", .total), Marker("정부출연금 총", .total),
        Marker("예산", .labelTotal, opensPhrase: false), Marker("공고금액", .labelTotal, opensPhrase: false),
        Marker("사업비", .labelTotal, opensPhrase: false), Marker("지원규모", .labelTotal, opensPhrase: false),
        Marker("사업규모", .labelTotal, opensPhrase: false),
        Marker("과제당", .perProject), Marker("기업당", .perProject), Marker("건당", .perProject),
        Marker("개사당", .perProject), Marker("기관당", .perProject), Marker("품목당", .perProject),
        Marker("팀당", .perProject), Marker("과제별", .perProject), Marker("기업별", .perProject),
        Marker("연간 과제당", .perProject), Marker("연 과제당", .perProject),
        Marker("최대", .cap),
        Marker("당해", .currentYear), Marker("금년", .currentYear), Marker("올해", .currentYear),
        Marker("약", .none),
    ]

    /// Words that may be glued to a following `총` in extracted cell text (`지원규모총 40억원`).
    static let labelsBeforeTotal: [[Unicode.Scalar]] = ["지원규모", "예산", "지원예산", "공고금액", "사업비"].map {
        Array($0.unicodeScalars)
    }
    /// What may follow `총` in one word: `총사업비`, `총액`; anything else (`총괄`, `총장`) is another word.
    static let totalCompounds: [[Unicode.Scalar]] = ["사업비", "사업", "예산", "액", "연구개발비", "정부출연금", "지원", "규모"]
        .map { Array($0.unicodeScalars) }
    /// How far back a marker may stand from its amount.
    static let markerReach = 30
    /// Bullets, clause and sentence ends: a marker before one of these belongs to something else (`5년 이내(당해
    /// 9개월), 사업비 150억원` — that 당해 is about the period). A percentage ends a clause too: `총 사업비의 75%`.
    static let boundaries: Set<Unicode.Scalar> = [
        "□", "○", "◦", "●", "•", "※", "▶", "►", "■", "◎", "◆", "◇", "▪", "-", "%", ",", ";", "。", "?", "!", "|",
    ]

    /// Every amount in `scan`, in order, with its role. Rates (`5억원당 1명`) are left out.
    static func mentions(in scan: [Unicode.Scalar]) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        var previousEnd = 0
        while index < scan.count {
            guard startsNumber(scan, at: index) else {
                index += 1
                continue
            }
            guard let amount = amountOrRange(in: scan, at: index) else {
                index = number(in: scan, at: index)?.end ?? index + 1
                continue
            }
            index = amount.range.upperBound
            defer { previousEnd = index }
            if index < scan.count, scan[index] == "당" { continue }
            let (role, start) = role(in: scan, before: amount.range.lowerBound, notBefore: previousEnd)
            result.append(Mention(amount: amount, role: role, phraseStart: start))
        }
        return result
    }

    /// A digit that begins a number (not the middle of `2,026` or `1.4`, not part of a code like `TRL4`).
    static func startsNumber(_ scan: [Unicode.Scalar], at index: Int) -> Bool {
        guard digitValue(scan[index]) != nil else { return false }
        guard index > 0 else { return true }
        let previous = scan[index - 1]
        if digitValue(previous) != nil || isASCIILetter(previous) { return false }
        if previous == "." || previous == "," { return index < 2 || digitValue(scan[index - 2]) == nil }
        return true
    }

    /// An amount, or a range of amounts (`3~5억원`, `3억원~5억원`) as its upper bound.
    static func amountOrRange(in scan: [Unicode.Scalar], at index: Int) -> Amount? {
        if let amount = amount(in: scan, at: index) {
            guard let upper = rangeUpperBound(in: scan, after: amount.range.upperBound) else { return amount }
            return Amount(won: upper.won, range: index..<upper.range.upperBound)
        }
        guard let lower = number(in: scan, at: index), let upper = rangeUpperBound(in: scan, after: lower.end) else {
            return nil
        }
        return Amount(won: upper.won, range: index..<upper.range.upperBound)
    }

    /// The amount after a range sign (`~`, or `-` written tight: `3-5억원`) at `index`.
    static func rangeUpperBound(in scan: [Unicode.Scalar], after index: Int) -> Amount? {
        var position = index
        while position < scan.count, scan[position] == " " { position += 1 }
        guard position < scan.count else { return nil }
        if scan[position] == "~" || (scan[position] == "-" && position == index) {
            position += 1
        } else {
            return nil
        }
        while position < scan.count, scan[position] == " " { position += 1 }
        return amount(in: scan, at: position)
    }
}
