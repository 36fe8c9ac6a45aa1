/// Finding organization words in a clause and grouping them into the lists pages write (`중소기업, 중견기업 및 대기업`).
extension EligibilityText {
    /// An organization word in a clause.
    struct WordHit {
        var types: [OrganizationType]
        var start: Int
        var end: Int
        /// 산학연: names consortium members, so it never counts for more than a participant.
        var consortiumMember: Bool
        /// The particle the word carries (`은` in `대기업은`), empty for none.
        var particle: String = ""

        /// Whether the particle ends a noun phrase (`대기업은`, `중소기업이`) rather than joining a list (`중소기업과`).
        var endsPhrase: Bool { !particle.isEmpty && !["과", "와", "이나", "나", "등"].contains(particle) }
    }

    /// The organization types of one clause with their roles. A clause open to anyone (`누구나`, `제한 없음`) names
    /// nothing specific; a type merely mentioned counts only in a sentence about applying or support.
    static func mentions(in clause: EligibilityClause) -> [Mention] {
        guard organizationCues.occur(in: clause.text) || (has("산", in: clause.text) && has("학", in: clause.text))
        else { return [] }
        let text = clause.preparedText
        guard !isOpenToAll(text) else { return [] }
        let groups = grouped(wordHits(in: clause), in: clause)
        var mentions: [Mention] = []
        for (index, group) in groups.enumerated() {
            let previousEnd = index > 0 ? groups[index - 1].last?.end ?? 0 : 0
            // The clause's character count from its boundaries (counting characters again would break it anew).
            let end = clause.characterCount
            let nextStart = index + 1 < groups.count ? groups[index + 1].first?.start ?? end : end
            guard let first = group.first, let last = group.last else { continue }
            let role = role(of: first.start..<last.end, in: clause, after: previousEnd, before: nextStart)
            if role == .mentioned, !speaksOfApplying(text) { continue }
            for hit in group {
                let capped = hit.consortiumMember && role == .applicant ? Role.participant : role
                mentions += hit.types.map { Mention(type: $0, role: capped, phrase: clause.text) }
            }
        }
        return mentions
    }

    /// Syllables every organization word, abbreviation and founding-age phrase contains (see `organizationWords`,
    /// `organizationTypes(ofWord:)`, `EligibilityPatterns.foundingAge`; `산·학·연` is checked apart, since only its
    /// prepared form is one word): a clause without any names nobody, and most clauses of a page are such, so they
    /// skip the word-by-word reading.
    static let organizationCues = CueWords([
        "기업", "소상공인", "창업", "스타트업", "대학", "산학", "출연", "연구소", "연구기관", "공공기관", "지자체",
        "자치단체", "국가기관", "업력", "설립",
    ])

    /// `누구나`, `자격 제한 없음`: anyone may apply, so the clause restricts nothing. Not `중소기업이면 누구나` (any SME)
    /// nor `업종 제한 없음` (no restriction on the industry, the rest of the clause still holds).
    static func isOpenToAll(_ text: String) -> Bool {
        if has("누구나", in: text), !text.contains(EligibilityPatterns.anyoneOfKind) { return true }
        guard has("제한", in: text) else { return false }
        return String(strippingMarker(Substring(text)).body).contains(EligibilityPatterns.noRestriction)
    }

    /// Words of sentences about who applies or is supported; a type mentioned without them (a menu, an address, a
    /// purpose statement) is no finding.
    static func speaksOfApplying(_ text: String) -> Bool {
        hasAny(["신청", "참여", "지원", "대상", "모집", "수행", "자격", "선정", "가능", "협약", "주관"], in: text)
    }

    /// Organization words in text order: whole words (with a particle allowed), abbreviated halves (`대·중견기업`),
    /// and founding-age phrases (`창업 7년 이내`, `창업 후 7년 이하`, `업력 3년 미만`) for startups.
    static func wordHits(in clause: EligibilityClause) -> [WordHit] {
        var hits: [WordHit] = []
        let tokens = clause.tokens
        for (index, token) in tokens.enumerated() {
            if let hit = wordHit(token, at: index, in: clause) {
                hits.append(hit)
            } else if let types = abbreviatedWordTable[token.text], abbreviationContinues(after: index, in: clause) {
                hits.append(WordHit(types: types, start: token.start, end: token.end, consortiumMember: false))
            }
        }
        let text = clause.preparedText
        // Every match has 년 and one of its three opening words; most clauses with a year have none of them. (Byte
        // for byte only where each character is one scalar: the regex compares up to canonical equivalence.)
        let mayStateAge =
            has("년", in: text) && (hasAny(["창업", "업력", "설립"], in: text) || !text.hasSingleScalarCharacters)
        for range in mayStateAge ? EligibilityPatterns.foundingAge.ranges(in: text) : [] {
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            let end = text.distance(from: text.startIndex, to: range.upperBound)
            hits.append(WordHit(types: [.startup], start: start, end: end, consortiumMember: false))
        }
        return hits.sorted { $0.start < $1.start }
    }

    /// The hit for a whole word, unless the word is the first half of a compound noun (`중소기업 기술개발사업`).
    private static func wordHit(_ token: EligibilityToken, at index: Int, in clause: EligibilityClause) -> WordHit? {
        // Every stem of a plain word ends in one of its syllables: with none that ends an organization word, none is
        // one (see `organizationTypes(ofWord:)`), and most words of a clause are such.
        if token.isPlain, !token.text.unicodeScalars.contains(where: organizationWordEnds.contains) {
            return nil
        }
        for (stem, particle) in token.stems(particles: particles) {
            guard let types = organizationTypes(ofWord: stem) else { continue }
            if particle.isEmpty, startsCompound(after: index, in: clause) { return nil }
            return WordHit(
                types: types, start: token.start, end: token.end,
                consortiumMember: consortiumMemberWords.contains(stem),
                particle: particle)
        }
        return nil
    }

    /// Whether the next word, with only spaces between, turns the word into a name or compound noun.
    private static func startsCompound(after index: Int, in clause: EligibilityClause) -> Bool {
        let tokens = clause.tokens
        guard index + 1 < tokens.count else { return false }
        let gap = clause.slice(tokens[index].end..<tokens[index + 1].start)
        guard gap.allSatisfy(\.isWhitespace) else { return false }
        return compoundFollowers.contains(where: tokens[index + 1].text.hasPrefix)
    }

    /// Whether `대` (or `중소`, `중견`, `창업`, `벤처`) is followed by `·` or `/` and a company word (`대·중견기업`),
    /// possibly through more halves (`대·중견·중소기업`).
    private static func abbreviationContinues(after index: Int, in clause: EligibilityClause) -> Bool {
        let tokens = clause.tokens
        guard index + 1 < tokens.count else { return false }
        let gap = clause.slice(tokens[index].end..<tokens[index + 1].start).removingWhitespace()
        guard ["·", "ㆍ", "・", "/", "‧"].contains(gap) else { return false }
        let next = tokens[index + 1]
        if abbreviatedWordTable[next.text] != nil { return abbreviationContinues(after: index + 1, in: clause) }
        return next.stems(particles: particles).contains { stem, _ in
            stem.hasSuffix("기업") && (stem == "기업" || organizationTypes(ofWord: stem) != nil)
        }
    }

    /// Hits in lists: consecutive hits with only separators, parentheses and 및/또는/등 between them. A word whose
    /// particle ends its phrase (`중소기업은`) ends the list, and one with such a particle does not join the list
    /// before it through a parenthesis (`중소기업 (대기업은 참여기관으로만 …)` is two statements).
    static func grouped(_ hits: [WordHit], in clause: EligibilityClause) -> [[WordHit]] {
        var groups: [[WordHit]] = []
        for hit in hits {
            if let last = groups.last?.last, hit.start >= last.end, !last.endsPhrase,
                case let gap = clause.slice(last.end..<hit.start), isListJoiner(gap),
                !(has("(", in: gap) && hit.endsPhrase)
            {
                groups[groups.count - 1].append(hit)
            } else if let last = groups.last?.last, hit.start < last.end {
                continue
            } else {
                groups.append([hit])
            }
        }
        return groups
    }

    /// Whether text between two organization words only joins them into one list.
    ///
    /// Most gaps hold some other word, so a scalar outside the joining words' syllables answers at once: removing
    /// whole joining words never removes it. Only where each character is one scalar (decomposed jamo would equal a
    /// joining word's syllable as a `Character`). `byRemoval` skips that check (tests compare the two).
    static func isListJoiner(_ gap: String, byRemoval: Bool = false) -> Bool {
        var rest = gap.removingWhitespace(and: ",·ㆍ・/()[]、‧")
        // Most gaps between listed words are separators only (`, `, `·`): nothing is left to remove.
        if rest.isEmpty { return true }
        if !byRemoval, rest.hasSingleScalarCharacters, !rest.unicodeScalars.allSatisfy(listJoinerScalars.contains) {
            return false
        }
        for word in listJoiners {
            rest = String(rest.replacing(word, with: ""))
        }
        return rest.isEmpty
    }

    /// Words that join organization words into a list, removed in this order (`이나` before `나`).
    static let listJoiners = ["그리고", "또는", "혹은", "이나", "및", "등", "과", "와", "나"]
    static let listJoinerScalars = Set(listJoiners.flatMap(\.unicodeScalars))
}
