/// Whether a call requires a consortium, from wording such as `컨소시엄 구성 필수` or `단독 신청 가능`.
extension EligibilityText {
    /// The consortium statement of the text: one under a 지원대상/신청자격 heading first (1.0), else the first one
    /// elsewhere (0.8); nil when the text says nothing about it.
    static func consortiumFinding(in clauses: [EligibilityClause]) -> Finding<Bool>? {
        var best: Finding<Bool>?
        for clause in clauses {
            guard consortiumCues.occur(in: clause.text), let required = requirement(inPrepared: clause.preparedText)
            else { continue }
            let confidence = clause.inEligibilitySection ? statedConfidence : indirectConfidence
            if let best, best.confidence >= confidence { continue }
            best = Finding(required, phrase: clause.text, confidence: confidence)
        }
        return best
    }

    /// What one clause says: true (`컨소시엄 구성 필수`, `산학연 컨소시엄 구성`, `공동연구기관 1개 이상 필수`,
    /// `단독 신청 불가`), false (`단독 신청 가능`, `컨소시엄 구성 불필요`, `컨소시엄 구성 없이`, `필수가 아님`,
    /// `단독 또는 컨소시엄`), nil otherwise — including preferences (`컨소시엄 구성 시 가점`). Not-required wording is
    /// read first, since `컨소시엄 구성은 필수가 아님` contains `컨소시엄 구성은 필수`.
    public static func consortiumRequirement(in text: String) -> Bool? {
        requirement(inPrepared: prepared(text))
    }

    private static func requirement(inPrepared text: String) -> Bool? {
        let compact = text.removingWhitespace()
        guard consortiumCues.occur(in: compact) else { return nil }
        // A pattern runs only when its own word is there: regexes are the costly part, and 참여 is everywhere.
        let present = Set(["컨소시엄", "단독", "기관"].filter { compact.containsText($0) })
        // The second words are checked byte for byte only where each character is one scalar (a regex compares
        // characters up to canonical equivalence).
        let plain = compact.hasSingleScalarCharacters
        func applies(_ cued: CuedPattern) -> Bool {
            present.contains(cued.word) && (!plain || cued.anyOf.contains { compact.containsText($0) })
                && cued.pattern.occurs(in: compact, singleScalar: plain)
        }
        if notRequiredPatterns.contains(where: applies) { return false }
        if requiredPatterns.contains(where: applies) { return true }
        return nil
    }

    /// Words every consortium statement has (the patterns below need `컨소시엄`, `단독`, or `공동…기관`/`참여…기관`): a
    /// clause without them says nothing about it.
    static let consortiumCues = CueWords(["컨소시엄", "단독", "공동", "참여"])

    /// Compiled once; see `EligibilityPatterns` for why sharing them is safe.
    /// Each pattern with a word it cannot match without, and words one of which it cannot match without either.
    typealias CuedPattern = (word: String, anyOf: [String], pattern: OpeningPattern)

    static let notRequiredPatterns: [CuedPattern] = [
        (
            "컨소시엄", ["필요", "필수", "의무", "않아도"],
            OpeningPattern(
                #/컨소시엄(?:을)?(?:구성)?(?:은|이|할)?(?:불필요|필요하지않|필요없|필수가아님|필수아님|필수는아님|의무없|의무가없|의무는없|하지않아도)/#,
                openings: ["컨소시엄"])
        ),
        ("컨소시엄", ["없이"], OpeningPattern(#/컨소시엄(?:을)?(?:구성)?(?:하지)?없이/#, openings: ["컨소시엄"])),
        (
            "기관", ["필요", "없이"],
            OpeningPattern(#/(?:공동|참여)[가-힣]*기관(?:을)?(?:구성)?(?:은|이)?(?:불필요|필요없|없이)/#, openings: ["공동", "참여"])
        ),
        ("단독", ["컨소시엄"], OpeningPattern(#/단독(?:또는|및|·|ㆍ|\/|,)컨소시엄/#, openings: ["단독"])),
        (
            "단독", ["신청", "수행", "참여", "지원"],
            OpeningPattern(#/단독(?:으로)?(?:신청|수행|참여|지원)(?!(?:은|이|도)?(?:불가|할수없|불인정|안됨|제한))/#, openings: ["단독"])
        ),
    ]

    static let requiredPatterns: [CuedPattern] = [
        ("컨소시엄", ["필수", "의무"], OpeningPattern(#/컨소시엄(?:을)?(?:구성)?(?:은|이)?(?:필수|의무)(?!여부)/#, openings: ["컨소시엄"])),
        ("컨소시엄", ["구성"], OpeningPattern(#/컨소시엄(?:을)?구성(?:하여|해야|하여야|후)/#, openings: ["컨소시엄"])),
        ("컨소시엄", ["신청", "참여", "지원"], OpeningPattern(#/컨소시엄(?:으로|형태로)(?:만)?(?:신청|참여|지원)/#, openings: ["컨소시엄"])),
        ("컨소시엄", ["산학연컨소시엄"], OpeningPattern(#/산학연컨소시엄(?:을)?구성(?!시)/#, openings: ["산학연컨소시엄"])),
        ("기관", ["이상"], OpeningPattern(#/(?:공동|참여)[가-힣]*기관(?:을|이)?\d+개(?:기관)?이상/#, openings: ["공동", "참여"])),
        (
            "기관", ["필수", "의무"],
            OpeningPattern(#/(?:공동|참여)[가-힣]*기관(?:과|와)?(?:의)?(?:컨소시엄)?(?:구성|참여)?(?:필수|의무)/#, openings: ["공동", "참여"])
        ),
        ("단독", ["불가", "할수없"], OpeningPattern(#/단독(?:으로)?(?:신청|수행|참여)?(?:은|이|도)?(?:불가|할수없)/#, openings: ["단독"])),
    ]
}
