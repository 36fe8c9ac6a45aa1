/// Where a budget phrase starts and ends, so that `text` quotes what the page says (`총 40억원 (과제당 연 10억원
/// 이내)`, `기업당 최대 8천만원`) and no more (not `(12개사 내외 선정)`, not the `지원예산 :` label).
extension BudgetText {
    /// Qualifiers that belong to the amount before them.
    static let qualifiers: [[Unicode.Scalar]] = ["이내", "내외", "정도", "수준", "이하", "미만", "한도", "가량", "상당", "규모"]
        .map { Array($0.unicodeScalars) }
    /// Words that say the amount is not known yet.
    static let unknownWords: [[Unicode.Scalar]] = ["미정", "미확정", "추후 공지", "추후공지", "추후 안내", "별도 공지", "별도 안내"]
        .map { Array($0.unicodeScalars) }
    /// Labels after which an unknown word is about money (`지원예산 : 미정`), not about a date (`접수기간 : 추후 공지`).
    static let budgetLabels: [[Unicode.Scalar]] = ["예산", "공고금액", "지원규모", "사업비", "사업규모", "지원금액"]
        .map { Array($0.unicodeScalars) }

    /// The role of the amount at `start`, from the markers between the last boundary (or `notBefore`) and it, and
    /// where its phrase starts.
    static func role(in scan: [Unicode.Scalar], before start: Int, notBefore: Int) -> (Role, Int) {
        let lower = max(notBefore, start - markerReach, 0)
        var windowStart = lower
        for index in stride(from: start - 1, through: lower, by: -1) where isBoundary(scan, at: index) {
            windowStart = index + 1
            break
        }
        var role = Role.none
        var phraseStart = start
        for position in windowStart..<max(windowStart, start) {
            for marker in markers
            where position + marker.word.count <= start && matches(marker.word, in: scan, at: position)
                && markerStands(marker, in: scan, at: position)
            {
                role = max(role, marker.role)
                if marker.opensPhrase { phraseStart = min(phraseStart, position) }
            }
        }
        return (role, phraseStart)
    }

    static func isBoundary(_ scan: [Unicode.Scalar], at index: Int) -> Bool {
        let character = scan[index]
        if character == "." || character == "," {
            let before = index > 0 ? scan[index - 1] : " "
            let after = index + 1 < scan.count ? scan[index + 1] : " "
            return digitValue(before) == nil || digitValue(after) == nil
        }
        return boundaries.contains(character)
    }

    /// One-syllable markers count only as words of their own: `총` not in `총괄`, `약` not in `계약`; `당해` not in
    /// `해당해`; `최대` not in `최대한`.
    static func markerStands(_ marker: Marker, in scan: [Unicode.Scalar], at position: Int) -> Bool {
        let before: Unicode.Scalar? = position > 0 ? scan[position - 1] : nil
        let afterIndex = position + marker.word.count
        let after: Unicode.Scalar? = afterIndex < scan.count ? scan[afterIndex] : nil
        switch marker.word {
        case ["총"]:
            let gluedToLabel = labelsBeforeTotal.contains { matches($0, in: scan, at: position - $0.count) }
            guard !isHangulSyllable(before) || gluedToLabel else { return false }
            return !isHangulSyllable(after) || totalCompounds.contains { matches($0, in: scan, at: afterIndex) }
        case ["약"]:
            return !isHangulSyllable(before) && (after == " " || digitValue(after) != nil)
        case ["당", "해"]:
            return before != "해"
        case ["최", "대"]:
            return after != "한"
        default:
            return true
        }
    }

    /// From the phrase's first marker to the end of the amount, its qualifier (`이내`), and a parenthesis right after
    /// it that states money or time (`(과제당 연 12억원 이내)`, `(3년 이내)`; not `(12개사 내외 선정)`).
    static func phraseRange(of mention: Mention, in scan: [Unicode.Scalar]) -> Range<Int> {
        var end = afterQualifier(in: scan, from: mention.amount.range.upperBound)
        var open = end
        while open < scan.count, scan[open] == " " { open += 1 }
        if open < scan.count, scan[open] == "(",
            let close = scan[(open + 1)..<min(scan.count, open + 48)].firstIndex(of: ")"),
            !scan[(open + 1)..<close].contains("("), statesMoneyOrTime(Array(scan[(open + 1)..<close]))
        {
            end = afterQualifier(in: scan, from: close + 1)
        }
        return mention.phraseStart..<end
    }

    static func afterQualifier(in scan: [Unicode.Scalar], from index: Int) -> Int {
        var position = index
        while position < scan.count, scan[position] == " " { position += 1 }
        for word in qualifiers where matches(word, in: scan, at: position) { return position + word.count }
        return index
    }

    /// Whether a parenthesis states an amount or a duration (`1년`, `45개월`).
    static func statesMoneyOrTime(_ content: [Unicode.Scalar]) -> Bool {
        for index in content.indices where startsNumber(content, at: index) {
            if amountOrRange(in: content, at: index) != nil { return true }
            guard let number = number(in: content, at: index) else { continue }
            var position = number.end
            while position < content.count, content[position] == " " { position += 1 }
            if matches(["년"], in: content, at: position) || matches(["개", "월"], in: content, at: position) {
                return true
            }
        }
        return false
    }

    /// Where the text says the amount is unknown (`미정`), after a budget label unless `anywhere`.
    static func unknownStatement(in scan: [Unicode.Scalar], anywhere: Bool = true) -> Range<Int>? {
        for index in scan.indices {
            guard let word = unknownWords.first(where: { matches($0, in: scan, at: index) }) else { continue }
            if anywhere { return index..<(index + word.count) }
            let lower = max(0, index - 14)
            let labelled = (lower..<index).contains { position in
                budgetLabels.contains { matches($0, in: scan, at: position) }
            }
            if labelled { return index..<(index + word.count) }
        }
        return nil
    }
}
