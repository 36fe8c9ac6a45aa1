/// Reads one TRL statement after the words naming TRL: a level, then a range (`~`, `-`, `→`, `에서`, `부터`), a
/// bound (`이상`, `이하`, `미만`, `초과`) or nothing (a single level).
struct TRLTextCursor {
    let characters: [Character]
    var position: Int

    /// The levels stated here, or nil when no level follows or a level is outside 1...9 or the range runs backwards.
    mutating func statement() -> ClosedRange<Int>? {
        skipFillers()
        guard let first = level() else { return nil }
        skipUnitAndSpaces()
        if skip("~") || skip("->") || skip("-") || skip("→") || skip("에서") || skip("부터") || skip("to") {
            skipSpaces()
            _ = skip("TRL") || skip("trl")
            skipSpaces()
            guard let second = level() else { return valid(first...first) }
            return first <= second ? valid(first...second) : nil
        }
        if skip("이상") || skip("초과") {
            let lower = characters[position - 2] == "초" ? first + 1 : first
            skipSpaces()
            var saved = self
            if let upper = saved.level() {
                saved.skipUnitAndSpaces()
                if saved.skip("이하") {
                    self = saved
                    return lower <= upper ? valid(lower...upper) : nil
                }
            }
            return lower <= 9 ? valid(lower...9) : nil
        }
        if skip("이하") { return valid(1...first) }
        if skip("미만") { return first > 1 ? valid(1...(first - 1)) : nil }
        return valid(first...first)
    }

    private func valid(_ range: ClosedRange<Int>) -> ClosedRange<Int>? {
        TRLText.levels.contains(range.lowerBound) && TRLText.levels.contains(range.upperBound) ? range : nil
    }

    /// A whole number of one or two digits (`4`, `10`), not part of a decimal or a longer number.
    private mutating func level() -> Int? {
        var end = position
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        guard (1...2).contains(end - position) else { return nil }
        if end + 1 < characters.count, characters[end] == ".", characters[end + 1].isNumber { return nil }
        guard let value = Int(String(characters[position..<end])) else { return nil }
        position = end
        return value
    }

    /// Spaces, `:`, parentheses without digits (`(TRL)`), and words that come between TRL and its level
    /// (`단계`, `기준`, `수준`, `목표`, `은`, `는`).
    private mutating func skipFillers() {
        while true {
            let start = position
            skipSpaces()
            _ =
                skip(":") || skip("：") || skip("단계") || skip("기준") || skip("수준") || skip("목표") || skip("은")
                || skip("는") || skip("이") || skip("가") || skip("level") || skip("Level")
            skipParenthesisWithoutDigits()
            if position == start { return }
        }
    }

    private mutating func skipParenthesisWithoutDigits() {
        guard position < characters.count, characters[position] == "(" else { return }
        var end = position + 1
        while end < characters.count, end - position <= 40, characters[end] != ")" {
            if characters[end].isNumber || characters[end].isNewline { return }
            end += 1
        }
        if end < characters.count, characters[end] == ")" { position = end + 1 }
    }

    private mutating func skipUnitAndSpaces() {
        skipSpaces()
        _ = skip("단계") || skip("레벨") || skip("수준")
        skipSpaces()
    }

    /// Spaces and tabs; a statement does not run across lines.
    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace, !characters[position].isNewline {
            position += 1
        }
    }

    private mutating func skip(_ word: String) -> Bool {
        guard TRLText.matches(word, at: position, in: characters) else { return false }
        position += word.count
        return true
    }
}
