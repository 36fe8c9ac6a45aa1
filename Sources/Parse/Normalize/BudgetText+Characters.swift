import Foundation

/// Pages write the same amount with full-width digits, no-break spaces, wave dashes of several code points and
/// leftover markup (`0<span class="unit">억원</span>`). The scanner reads one form; the phrase is returned as written.
extension BudgetText {
    /// A text ready for scanning: `scan` holds one plain form per character (full-width ASCII as ASCII, every space
    /// as `" "`, `∼`/`〜` as `~`, dashes as `-`), `written` the same characters as they were, index for index
    /// (zero-width characters are dropped from both), so a range found in `scan` can be quoted from `written`.
    struct Prepared {
        var scan: [Character]
        var written: [Character]

        init(_ text: String) {
            let characters = Array(text.precomposed)
            scan = []
            written = []
            scan.reserveCapacity(characters.count)
            written.reserveCapacity(characters.count)
            for character in characters {
                guard let plain = BudgetText.plainForm(of: character) else { continue }
                scan.append(plain)
                written.append(character)
            }
        }

        /// The characters in `range` as written, whitespace collapsed.
        func written(_ range: Range<Int>) -> String {
            let clamped = range.clamped(to: 0..<written.count)
            return BudgetText.collapsed(String(written[clamped]))
        }
    }

    /// The scanning form of one character; nil for a character that is not there for the reader (zero-width ones).
    static func plainForm(of character: Character) -> Character? {
        if character.isWhitespace { return " " }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
            return character
        }
        switch scalar.value {
        case 0xFF5E, 0x223C, 0x301C: return "~"
        case 0xFF01...0xFF5D: return Character(Unicode.Scalar(UInt8(scalar.value - 0xFEE0)))
        case 0x2010...0x2015, 0x2212, 0xFE63: return "-"
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
        default: return character
        }
    }

    /// `text` trimmed, every run of whitespace as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` without tags (`0<span class="unit">억원</span>` → `0억원`): a cell handed over with its markup still
    /// reads as the page shows it. A `<` that does not open a tag is kept.
    static func removingMarkup(_ text: String) -> String {
        guard text.containsText("<") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "<", index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1] == "/" || characters[index + 1] == "!",
                let close = characters[index...].firstIndex(of: ">")
            {
                index = close + 1
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// A Hangul syllable (가–힣): what makes a neighbouring character part of the same Korean word.
    static func isHangulSyllable(_ character: Character?) -> Bool {
        guard let scalar = character?.unicodeScalars.first, character?.unicodeScalars.count == 1 else { return false }
        return (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// Whether `word` is written in `characters` at `index`.
    static func matches(_ word: [Character], in characters: [Character], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= characters.count else { return false }
        for offset in word.indices where characters[index + offset] != word[offset] { return false }
        return true
    }
}
