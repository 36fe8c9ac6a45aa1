/// Reading region words in a clause: a run of regions (`부산·울산·경남`), the districts after them (`경기도 광주시`,
/// `대구 달성군`), and the cue that makes them a restriction (`소재`, `지역 기업`).
extension EligibilityText {
    /// Endings a region word may carry (`경남지역`, `부산소재`, `서울의`).
    static let regionSuffixes = ParticleSet([
        "지역에서", "지역내", "지역의", "지역에", "지역", "소재의", "소재한", "소재", "에서", "에", "의", "내", "은", "는",
        "과", "와",
    ])

    /// Words that, right after a place, say an applicant must be there.
    static let locationCues: [String] = ["소재", "본사", "주사무소", "사업장", "위치"]

    /// Regions the clause restricts applicants to, from its words.
    static func restrictedRegions(in clause: EligibilityClause) -> [String] {
        let tokens = clause.tokens
        var result: [String] = []
        var index = 0
        while index < tokens.count {
            guard let first = regionWord(at: index, in: clause) else {
                index += 1
                continue
            }
            var names = first.names
            var suffix = first.suffix
            var last = index
            while let next = nextInRun(after: last, in: clause), let more = regionWord(at: next, in: clause) {
                names += more.names
                suffix = more.suffix
                last = next
            }
            while last + 1 < tokens.count, last < index + 3, let district = districtSuffix(tokens[last + 1]) {
                suffix = district
                last += 1
            }
            if isRestriction(suffix: suffix, after: last, in: clause) { result += names }
            index = last + 1
        }
        return result
    }

    /// The regions a word names, with its ending; nil for other words and for `수도권` in `수도권 외`.
    private static func regionWord(at index: Int, in clause: EligibilityClause) -> (names: [String], suffix: String)? {
        let token = clause.tokens[index]
        guard let initial = token.text.first, KoreanRegions.initials.contains(initial) else { return nil }
        for (stem, suffix) in token.stems(particles: regionSuffixes) {
            if let name = KoreanRegions.canonicalName(stem) { return ([name], suffix) }
            if let names = KoreanRegions.group(stem) {
                let after = clause.slice(token.end..<clause.characterCount)
                if stem == "수도권", after.contains(EligibilityPatterns.exceptFollows) { return nil }
                return (names, suffix)
            }
        }
        return nil
    }

    /// The ending of a district word (`광주시`, `달성군에`), nil for other words.
    private static func districtSuffix(_ token: EligibilityToken) -> String? {
        for (stem, suffix) in token.stems(particles: regionSuffixes)
        where stem.count >= 2 && ["시", "군", "구", "읍", "면"].contains(where: stem.hasSuffix)
            && KoreanRegions.canonicalName(stem) == nil
        {
            return suffix
        }
        return nil
    }

    /// The word that may continue a run of regions after `index`: the next one, or the one after `및`/`또는`, with
    /// only spaces and `·`, `,`, `/` between.
    private static func nextInRun(after index: Int, in clause: EligibilityClause) -> Int? {
        let tokens = clause.tokens
        var next = index + 1
        if next + 1 < tokens.count, ["및", "또는"].contains(tokens[next].text) { next += 1 }
        guard next < tokens.count else { return nil }
        let gap = clause.slice(tokens[index].end..<tokens[next].start)
        let rest = gap.removingWhitespace(and: "·ㆍ,/‧")
        return rest.isEmpty || rest == "및" || rest == "또는" ? next : nil
    }

    /// Whether the words after a place make it a restriction: `소재`/`본사` always; `지역` before an organization word
    /// or under an eligibility heading; a bare organization word (`경남 중소기업`) only under such a heading. Not when
    /// the place is excluded (`서울 소재 기업 제외`).
    private static func isRestriction(suffix: String, after last: Int, in clause: EligibilityClause) -> Bool {
        let tokens = clause.tokens
        let followingTokens = tokens[(last + 1)..<min(tokens.count, last + 4)]
        let following = followingTokens.map(\.text)
        let rest = clause.slice(tokens[last].end..<min(clause.characterCount, tokens[last].end + 24))
        if EligibilityPatterns.exclusion.occurs(in: rest) { return false }
        let cued = following.prefix(2).contains { word in locationCues.contains(where: word.hasPrefix) }
        if suffix.hasPrefix("소재") || cued { return true }
        let namesOrganization = followingTokens.contains { token in
            token.stems(particles: particles).contains { stem, _ in
                organizationTypes(ofWord: stem) != nil || ["기업", "기관", "업체", "사업자"].contains(stem)
            }
        }
        let saysArea = suffix.hasPrefix("지역") || following.first?.hasPrefix("지역") == true
        if saysArea { return namesOrganization || clause.inEligibilitySection }
        return clause.inEligibilitySection && namesOrganization
    }
}
