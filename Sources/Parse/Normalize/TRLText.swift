/// The technology readiness (TRL) range a call states — `TRL 4~6단계`, `기술성숙도(TRL) 6단계 이상`, `TRL 3 → 6` — and
/// nothing when it states none. The original pipeline guessed a range from words like 기초 or 사업화 when no TRL was
/// written, and turned any single `TRL 5` in a form into a hard gate; here only stated levels count.
public enum TRLText {
    /// The levels a text states: the span of all its TRL statements (a start and a target level written apart,
    /// `착수 시 TRL 4단계 → 종료 시 TRL 6단계`, give 4...6; `TRL 7 이상` gives 7...9). nil when the text has no TRL
    /// statement, or only ones with levels outside 1...9.
    public static func range(in text: String) -> ClosedRange<Int>? {
        let found = statements(in: text)
        guard let first = found.first else { return nil }
        return found.dropFirst().reduce(first) { span, next in
            min(span.lowerBound, next.lowerBound)...max(span.upperBound, next.upperBound)
        }
    }

    /// Every valid TRL statement in the text, in order.
    public static func statements(in text: String) -> [ClosedRange<Int>] {
        guard mayNameLevels(text) else { return [] }
        // A statement never runs past its line; only lines naming TRL are read character by character. Lines are cut
        // scalar by scalar: a newline scalar is a character of its own (CR LF aside, whose empty middle is dropped),
        // and breaking a whole body into characters only to find its lines cost more than reading the statements.
        return text.unicodeScalars.split(whereSeparator: \.isNewlineScalar).map(Substring.init)
            .filter(mayNameLevels).flatMap { statements(inLine: String($0)) }
    }

    private static func statements(inLine text: String) -> [ClosedRange<Int>] {
        let characters = normalized(text)
        var result: [ClosedRange<Int>] = []
        var index = 0
        while index < characters.count {
            if let anchorEnd = anchor(at: index, in: characters) {
                var cursor = TRLTextCursor(characters: characters, position: anchorEnd)
                if let statement = cursor.statement() { result.append(statement) }
                index = anchorEnd
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether the text has a word `anchor` looks for (`TRL` in any case, 기술성숙도, 기술준비…): most bodies have
    /// none, and they skip the character-by-character reading.
    static func mayNameLevels(_ text: some StringProtocol) -> Bool {
        if levelWordCues.occur(in: text) { return true }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            let folded = byte | 0x20
            if previous == (UInt8(ascii: "t"), UInt8(ascii: "r")), folded == UInt8(ascii: "l") { return true }
            previous = (previous.1, folded)
        }
        return false
    }

    /// The Korean words for the levels, found in one pass over a body.
    static let levelWordCues = CueWords(["기술성숙도", "기술준비"])

    /// Levels a statement may name.
    static let levels = 1...9

    /// Where the words naming TRL end, if they start at `index`: `TRL` (as a word of its own), `기술성숙도`,
    /// `기술준비도`, `기술준비수준`.
    static func anchor(at index: Int, in characters: [Character]) -> Int? {
        let first = characters[index]
        if first == "기" {
            for word in ["기술성숙도", "기술준비도", "기술준비수준"] where matches(word, at: index, in: characters) {
                return index + word.count
            }
            return nil
        }
        guard first == "T" || first == "t", index + 3 <= characters.count,
            String(characters[index..<index + 3]).uppercased() == "TRL"
        else { return nil }
        if index > 0, isLatinLetter(characters[index - 1]) { return nil }
        if index + 3 < characters.count, isLatinLetter(characters[index + 3]) { return nil }
        return index + 3
    }

    static func matches(_ word: String, at index: Int, in characters: [Character]) -> Bool {
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    static func isLatinLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    /// Full-width and typographic variants folded: `～〜∼` to `~`, dashes to `-`, arrows to `→`, full-width digits.
    static func normalized(_ text: String) -> [Character] {
        text.map { character -> Character in
            switch character {
            case "～", "〜", "∼", "˜": return "~"
            case "–", "—", "−", "‐", "‑": return "-"
            case "⇒", "➝", "➔", "⟶", "⇨": return "→"
            default:
                if let scalar = character.unicodeScalars.first, (0xFF10...0xFF19).contains(scalar.value),
                    let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
                {
                    return Character(ascii)
                }
                return character
            }
        }
    }
}
