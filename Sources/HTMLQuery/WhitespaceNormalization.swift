/// Collapses whitespace the way a reader sees it, so scraped titles and dates compare equal however the page was
/// indented: every run of Unicode whitespace (including U+00A0 from `&nbsp;` and the ideographic space U+3000 common
/// on Korean pages) and stray U+FEFF marks becomes one ASCII space, and the ends are trimmed.
package enum WhitespaceNormalization {
    static func normalize(_ text: String) -> String {
        var text = text
        // Every field of every page comes through here: reading UTF-8 bytes in place spares a Unicode property
        // lookup and a scalar append per character.
        return text.withUTF8 { normalize(utf8: $0) }
    }

    /// The byte-by-byte form of `normalizeByScalar(_:)` (the tests hold the two to the same answers).
    /// `byteOrderMarks: false` keeps U+FEFF as text: the parse module collapses clause text that way.
    package static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, byteOrderMarks: Bool = true) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let length = whitespaceLength(bytes, at: index, byteOrderMarks: byteOrderMarks)
                if length > 0 {
                    pendingSpace = written > 0
                    index += length
                    continue
                }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                output[written] = bytes[index]
                written += 1
                index += 1
            }
            return written
        }
    }

    /// The byte length of the whitespace scalar (or U+FEFF) starting at `index`, 0 if another byte starts there.
    /// Unicode's White_Space scalars: U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000.
    @inline(__always)
    private static func whitespaceLength(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, byteOrderMarks: Bool
    ) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:
            guard remaining >= 2 else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF:
            guard byteOrderMarks, remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    /// The definition: scalar by scalar with Unicode's whitespace property.
    static func normalizeByScalar(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
