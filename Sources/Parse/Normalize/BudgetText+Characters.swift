import Foundation

/// Pages write the same amount with full-width digits, no-break spaces, wave dashes of several code points and
/// leftover markup (`0<span class="unit">억원</span>`). The scanner reads one form; the phrase is returned as written.
extension BudgetText {
    /// A text ready for scanning: `scan` holds one plain scalar per character (full-width ASCII as ASCII, every
    /// space as `" "`, `∼`/`〜` as `~`, dashes as `-`), and a range found in `scan` can be quoted as written
    /// (zero-width characters are dropped from both).
    ///
    /// Scalars rather than `Character`s: grapheme breaking a whole body, and comparing and hashing `Character`s,
    /// cost more than the scan. Where every character is one scalar (nearly every page) the scalars are read
    /// directly; otherwise each character becomes one unit, and one of several scalars stands as `otherCharacter`,
    /// which every check answers for as it did for the character (not a digit, not a syllable, no marker, no
    /// boundary). Either way offsets count characters, as they did.
    struct Prepared {
        /// Stands for a character of several scalars (`e` with a combining accent, an emoji with a skin tone): equal
        /// to nothing the scanner looks for.
        static let otherCharacter: Unicode.Scalar = "\u{FFFC}"

        var scan: [Unicode.Scalar] = []
        /// Where each unit of `scan` is written in `text`.
        private var spans: [Range<String.Index>] = []
        private let text: String

        init(_ text: String, characterByCharacter: Bool = false) {
            self.text = text.precomposed
            let text = self.text
            if !characterByCharacter, text.hasSingleScalarCharacters {
                let scalars = text.unicodeScalars
                var index = scalars.startIndex
                while index < scalars.endIndex {
                    let scalar = scalars[index]
                    var next = scalars.index(after: index)
                    // CR LF is one character, a whitespace one.
                    if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                        next = scalars.index(after: next)
                    }
                    append(BudgetText.plainForm(of: scalar), index..<next)
                    index = next
                }
            } else {
                var index = text.startIndex
                while index < text.endIndex {
                    let next = text.index(after: index)
                    let character = text[index]
                    let scalars = character.unicodeScalars
                    if scalars.count == 1, let scalar = scalars.first {
                        append(BudgetText.plainForm(of: scalar), index..<next)
                    } else {
                        append(character.isWhitespace ? " " : Self.otherCharacter, index..<next)
                    }
                    index = next
                }
            }
        }

        private mutating func append(_ plain: Unicode.Scalar?, _ span: Range<String.Index>) {
            guard let plain else { return }
            scan.append(plain)
            spans.append(span)
        }

        /// The characters in `range` as written, whitespace collapsed.
        func written(_ range: Range<Int>) -> String {
            var written = ""
            for span in spans[range.clamped(to: 0..<spans.count)] { written += text[span] }
            return BudgetText.collapsed(written)
        }
    }

    /// The scanning form of a one-scalar character; nil for one that is not there for the reader (zero-width).
    static func plainForm(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isWhitespaceScalar { return " " }
        if TitleText.isInvisible(scalar.value) { return nil }
        switch scalar.value {
        case 0xFF5E, 0x223C, 0x301C: return "~"
        case 0xFF01...0xFF5D: return Unicode.Scalar(UInt8(scalar.value - 0xFEE0))
        case 0x2010...0x2015, 0x2212, 0xFE63: return "-"
        default: return scalar
        }
    }

    /// `text` trimmed, every run of whitespace as one space.
    static func collapsed(_ text: String) -> String {
        text.collapsingWhitespace()
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
        return isHangulSyllable(scalar)
    }

    /// A Hangul syllable (가–힣), as a scanning unit.
    static func isHangulSyllable(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// Whether `word` is written in `scan` at `index`.
    static func matches(_ word: [Unicode.Scalar], in scan: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scan.count else { return false }
        for offset in word.indices where scan[index + offset] != word[offset] { return false }
        return true
    }
}
