/// One line or item of an announcement, with the role its heading gives it: the unit eligibility is read in.
///
/// A class with lazily prepared text: most clauses of a page name no organization, region or consortium (each reader
/// checks its cue words in `text` first), and preparing and tokenizing every clause cost more than all the reading.
/// Used within one `analyze` call, never shared between tasks.
final class EligibilityClause {
    /// The clause as written, whitespace collapsed: the phrase findings carry.
    let text: String
    /// The role the heading above (or its own `label :`, for a heading line) gives the clause; nil outside any
    /// heading we know.
    let section: EligibilityText.Role?

    /// The clause prepared for matching (law names blanked, `산·학·연` joined).
    private(set) lazy var preparedText: String = EligibilityText.prepared(text)
    /// Where each character of `preparedText` starts, then its end: word offsets count characters, and slicing by
    /// these indices copies bytes instead of building an array of `Character`s.
    private(set) lazy var boundaries: [String.Index] = EligibilityText.characterBoundaries(of: preparedText)
    private(set) lazy var tokens: [EligibilityToken] = EligibilityToken.tokens(in: preparedText, boundaries: boundaries)

    /// The number of characters of `preparedText`.
    var characterCount: Int { boundaries.count - 1 }

    /// Whether the clause sits under a 지원대상/신청자격-like heading.
    var inEligibilitySection: Bool { section == .applicant || section == .participant }

    init(text: String, section: EligibilityText.Role?) {
        self.text = text
        self.section = section
    }

    /// The prepared text of `range`, clamped to the clause.
    func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, characterCount))
        let upper = max(lower, min(range.upperBound, characterCount))
        return String(Substring(preparedText.unicodeScalars[boundaries[lower]..<boundaries[upper]]))
    }
}

extension EligibilityText {
    /// Splits a text into clauses (lines, bullet items, numbered items, sentences) and tracks the heading each one is
    /// under: a heading line (`2. 지원대상`, `□ 신청자격`, a bare `신청자격` table cell) sets the role until the next
    /// heading; a top-level `1. 지원대상 : …` does too.
    ///
    /// Lines are split on newline scalars (a newline is always a character of its own, or the CR LF pair) and, when
    /// every character of the text is one scalar, whitespace is collapsed scalar by scalar: grapheme breaking every
    /// line of every body cost more than reading the clauses. `characterByCharacter` forces the `Character` path
    /// (tests compare the two).
    static func clauses(of text: String, scope: Scope, characterByCharacter: Bool = false) -> [EligibilityClause] {
        var section: Role? = scope == .eligibilitySection ? .applicant : nil
        var result: [EligibilityClause] = []
        let byScalar = !characterByCharacter && text.hasSingleScalarCharacters
        for collapsed in collapsedPieces(of: text, byScalar: byScalar) {
            let (marker, body) = strippingMarker(Substring(collapsed))
            if let heading = headingRole(marker: marker, body: body, byScalar: byScalar)
                ?? (marker == .top ? inlineLabelRole(body) : nil)
            {
                section = heading == .mentioned ? nil : heading
            }
            result.append(EligibilityClause(text: collapsed, section: section))
        }
        return result
    }

    /// The clauses' texts: lines cut into pieces, whitespace collapsed, empty pieces left out. From the UTF-8 bytes
    /// when every character is one scalar (see `collapsedPieces(utf8:)`), else character by character.
    private static func collapsedPieces(of text: String, byScalar: Bool) -> [String] {
        if byScalar, let pieces = text.utf8.withContiguousStorageIfAvailable(collapsedPieces(utf8:)) {
            return pieces
        }
        var result: [String] = []
        for line in text.unicodeScalars.split(whereSeparator: \.isNewlineScalar) {
            for piece in pieces(of: Substring(line)) {
                let collapsed = piece.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !collapsed.isEmpty { result.append(collapsed) }
            }
        }
        return result
    }

    /// The role of a heading line, or nil when the clause is not a heading. A short numbered line that names an
    /// organization (`1. 중소기업`) is an item of a list, not a heading. The length is checked first: most clauses
    /// are longer than any heading, and reading a label costs far more.
    private static func headingRole(marker: Marker, body: Substring, byScalar: Bool) -> Role? {
        let limit = marker == .top ? 30 : 15
        let bytes = body.utf8.count
        if bytes > limit {
            // A single-scalar character takes at most 4 bytes: more than that many is more than `limit` characters.
            guard !(byScalar && bytes > 4 * limit) else { return nil }
            guard body.dropFirst(limit).isEmpty else { return nil }
        }
        guard !body.containsText(":"), !body.containsText("：") else { return nil }
        let role = role(ofLabel: String(body))
        guard marker == .top else { return role }
        return role ?? (namesOrganization(body) ? nil : .mentioned)
    }

    /// Whether a text has an organization word (`중소기업`, `대학교`, `연구기관에` …).
    private static func namesOrganization(_ body: Substring) -> Bool {
        let text = String(body)
        return EligibilityToken.tokens(in: text, boundaries: characterBoundaries(of: text)).contains { token in
            token.stems(particles: particles).contains { stem, _ in organizationTypes(ofWord: stem) != nil }
        }
    }

    /// The role given by a `label :` or a `(label)` at the start of a clause, if the label is one we know.
    static func inlineLabelRole(_ body: Substring) -> Role? {
        if let label = parenthesizedLabel(body) { return role(ofLabel: String(label)) }
        // A colon character is a colon scalar: without one, no need to walk the clause character by character.
        guard body.containsText(":") || body.containsText("："),
            let colon = body.firstIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        return role(ofLabel: String(body[..<colon]))
    }

    /// `(주관기관) 중소기업`, `[지원대상] …`: a short label in brackets opening a clause, as many 공고 write items.
    static func parenthesizedLabel(_ body: Substring) -> Substring? {
        guard let open = body.first, let close = labelClosings[open],
            let end = body.dropFirst().prefix(16).firstIndex(of: close)
        else { return nil }
        return body[body.index(after: body.startIndex)..<end]
    }

    /// The brackets a label may be written in, by opening bracket.
    private static let labelClosings: [Character: Character] = ["(": ")", "[": "]", "<": ">", "〈": "〉"]

    /// Splits a line before bullets (`○`, `□`, `※` …), before numbered items (` 2. 지원대상`) and after sentence
    /// ends (`…합니다. `), so that one-paragraph bodies still come apart into items.
    static func pieces(of line: Substring) -> [Substring] {
        // Read scalar by scalar (every marker and syllable here is one scalar): grapheme breaking over every line of
        // every body cost more than the rest of the split.
        let scalars = line.unicodeScalars
        var pieces: [Substring] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        var previous: Unicode.Scalar = " "
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if previous.isWhitespaceScalar, index != start,
                cutScalars.contains(scalar)
                    || ((0x30...0x39).contains(scalar.value) && startsNumberedItem(line[index...]))
            {
                pieces.append(line[start..<index])
                start = index
            }
            if scalar == ".", sentenceEnds.contains(previous), next < scalars.endIndex,
                scalars[next].isWhitespaceScalar
            {
                pieces.append(line[start..<next])
                start = next
            }
            previous = scalar
            index = next
        }
        pieces.append(line[start...])
        return pieces
    }

    /// Where an item starts inside a line: top markers and bullets.
    static let cutScalars = Set((topMarkers.union(bulletStarts)).flatMap(\.unicodeScalars))

    /// Bullets that start an item inside a line (not `-` or `·`, which also join words and numbers).
    private static let bulletStarts: Set<Character> = ["○", "◦", "●", "◎", "•", "※", "▶", "▷", "◯"]
    /// Syllables that end a Korean sentence before a full stop (`합니다.`, `…함.`, `…음.`).
    static let sentenceEnds: Set<Unicode.Scalar> = ["다", "함", "음", "임", "됨"]

    /// ` 2. 지원대상` (one or two digits, a full stop or parenthesis, a space, then a letter), not `2026. 11.` or `1.5`.
    private static func startsNumberedItem(_ text: Substring) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        let after = text.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")" else { return false }
        let rest = after.dropFirst()
        guard let space = rest.first, space.isWhitespace else { return false }
        guard let letter = rest.drop(while: \.isWhitespace).first else { return false }
        return !letter.isNumber && letter != "("
    }
}
