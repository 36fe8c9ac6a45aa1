/// Deciding the role of a list of organizations from the words after it, the words before it, and its heading.
extension EligibilityText {
    /// The role of the organizations at `group` in a clause. In order: what the words after the list say
    /// (`… 은 신청 제외`, `… 은 참여기관으로만`), a partner word just before it (`수요기업(대기업)`), the nearest
    /// role word or `label :` before it (`주관기관 :`, `공동연구개발기관 :`, `지원대상 :`), then the heading.
    static func role(of group: Range<Int>, in clause: EligibilityClause, after previousEnd: Int, before nextStart: Int)
        -> Role
    {
        if let role = roleAfter(clause.slice(group.upperBound..<nextStart)) { return role }
        let head = clause.slice(previousEnd..<group.lowerBound)
        if isPartnerJustBefore(head) { return .partner }
        if let role = roleWord(in: head) { return role }
        if let role = labelRole(before: clause.slice(0..<group.lowerBound)) { return role }
        return clause.section ?? .mentioned
    }

    /// The role the words following a list give it, read up to an aside (`(`, `단,`, `다만`, `※`).
    static func roleAfter(_ tail: String) -> Role? {
        var text = Substring(tail)
        for stop in ["(", "단,", "단 ", "다만", "※", ";", "."] {
            if let range = text.rangeOfText(stop) { text = text[..<range.lowerBound] }
        }
        var words = String(text.prefix(30))
        // Each pattern runs only when a word it needs is there: most lists are followed by none of them.
        if words.containsText("단독") { words = words.replacing(EligibilityPatterns.aloneNotAllowed, with: "") }
        if matches(EligibilityPatterns.exclusion, in: words, cues: ["제외", "불가", "제한", "않", "없", "배제"]) {
            return .excluded
        }
        if matches(EligibilityPatterns.asPartner, in: words, cues: ["수요"]) { return .partner }
        if matches(EligibilityPatterns.asParticipant, in: words, cues: ["기관"])
            || matches(EligibilityPatterns.composing, in: words, cues: ["구성"])
        {
            return .participant
        }
        if matches(EligibilityPatterns.asApplicant, in: words, cues: ["주관"]) { return .applicant }
        return nil
    }

    /// Whether `pattern` matches in `text`, tried only when one of `cues` (words every match contains) is there.
    static func matches(_ pattern: Regex<Substring>, in text: String, cues: [String]) -> Bool {
        cues.contains { text.containsText($0) } && text.contains(pattern)
    }

    /// Whether `pattern` matches in `text`, tried only when one of `cues` (words every match contains) is there.
    static func matches(_ pattern: OpeningPattern, in text: String, cues: [String]) -> Bool {
        cues.contains { text.containsText($0) } && pattern.occurs(in: text)
    }

    /// `수요기업(`, `수요처 :`, `해외`, `협력국`: the list names buyers or foreign partners, not applicants.
    static func isPartnerJustBefore(_ head: String) -> Bool {
        matches(EligibilityPatterns.partnerBefore, in: head, cues: ["수요"])
            || matches(EligibilityPatterns.foreignBefore, in: head, cues: ["해외", "국외", "협력국"])
    }

    /// The role of the last role word between the previous list and this one (`주관기관은`, `공동연구개발기관으로`).
    static func roleWord(in head: String) -> Role? {
        let patterns: [(Role, OpeningPattern, cue: String)] = [
            (.applicant, EligibilityPatterns.leadWord, "주관"), (.participant, EligibilityPatterns.participantWord, "기관"),
            (.partner, EligibilityPatterns.partnerWord, "수요"),
        ]
        var best: (position: String.Index, role: Role)?
        for (role, pattern, cue) in patterns where head.containsText(cue) {
            guard let match = pattern.ranges(in: head).last else { continue }
            if best.map({ match.lowerBound > $0.position }) ?? true {
                best = (match.lowerBound, role)
            }
        }
        return best?.role
    }

    /// The role of the nearest `label :` before a list in its clause (`○ 지원대상 :`, `신청 제외 대상 :`), skipping
    /// colons that label nothing we know (`18:00`), else of a `(label)` opening the clause (`○ (지원대상) …`).
    static func labelRole(before prefix: String) -> Role? {
        var rest = Substring(prefix)
        // A colon character is its scalar alone: without its bytes there is none to walk back to.
        let hasColon = prefix.containsText(":") || prefix.containsText("：")
        while hasColon, let colon = rest.lastIndex(where: { $0 == ":" || $0 == "：" }) {
            let before = rest[..<colon]
            let start = before.lastIndex(where: { ",:：".contains($0) }).map(before.index(after:)) ?? before.startIndex
            if let role = role(ofLabel: String(strippingMarker(before[start...]).body)) { return role }
            rest = before
        }
        return parenthesizedLabel(strippingMarker(Substring(prefix)).body).flatMap { role(ofLabel: String($0)) }
    }
}
