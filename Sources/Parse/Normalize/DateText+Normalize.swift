/// Pages reach the parsers with HTML leftovers: no-break spaces from `&nbsp;`, full-width digits and colons from
/// Korean input methods, wave dashes and tildes of several code points. These helpers reduce them to one form.
extension DateText {
    /// `text` with every kind of space as `" "`, full-width ASCII (`２０２６`, `：`, `～`) as ASCII, `∼`/`〜` as `~`,
    /// dash-like characters as `-`, and zero-width characters dropped.
    static func normalizedCharacters(_ text: String) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(text.count)
        for character in text {
            if character.isWhitespace {
                result.append(" ")
                continue
            }
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
                result.append(character)
                continue
            }
            switch scalar.value {
            case 0xFF01...0xFF5E:
                result.append(Character(Unicode.Scalar(UInt8(scalar.value - 0xFEE0))))
            case 0x223C, 0x301C:
                result.append("~")
            case 0x2010...0x2015, 0x2212, 0xFE63:
                result.append("-")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            default:
                result.append(character)
            }
        }
        return result
    }

    /// `text` trimmed, with every run of whitespace (no-break spaces included) as one space: the form in which a
    /// period is kept as written. nil when nothing is left.
    static func collapsedWhitespace(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = text.collapsingWhitespace()
        return collapsed.isEmpty ? nil : collapsed
    }
}
