import Foundation

extension String {
    /// The text in canonical composition (NFC), as Foundation's `precomposedStringWithCanonicalMapping` gives it, but
    /// without calling Foundation when composition would change nothing: its normalization costs more than the rest
    /// of cleaning a title, and nearly every text the sites send is already composed.
    var precomposed: String {
        isUnchangedByNFC ? self : precomposedStringWithCanonicalMapping
    }

    /// Judged by ranges whose characters neither compose nor decompose: ASCII and Latin-1, precomposed Hangul,
    /// compatibility jamo, CJK ideographs, common punctuation, arrows, symbols and full-width forms. Anything else
    /// (decomposed Hangul, combining marks, compatibility ideographs) goes through Foundation.
    var isUnchangedByNFC: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2199, 0x2460...0x27BF, 0x3001...0x303F,
                0x3130...0x318F, 0x3200...0x33FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEF:
                true
            default: false
            }
        }
    }
}
