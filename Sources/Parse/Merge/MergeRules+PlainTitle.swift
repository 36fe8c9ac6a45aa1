extension MergeRules {
    /// `comparableTitle` for titles made only of ASCII (no `&`), precomposed Hangul and the middle dots `·` and `ㆍ`
    /// (nearly all of them), worked on the UTF-8 bytes in three passes; nil for any other title. The store computes
    /// the comparable title of every sighting, and the general path (scalar arrays, entity decoding, NFC checks, a
    /// string rebuilt at every step) cost more than the rest of the sighting's record.
    ///
    /// Each pass is its general counterpart restricted to those characters: none of them is an entity, changes under
    /// NFC or NFKC, or is whitespace outside ASCII; everything below 0x21 and 0x7F is whitespace or a control, which
    /// `TitleText.clean` and then `TitleText.asciiAndHangulForMatching` drop.
    static func plainComparableTitle(_ title: String) -> String? {
        var bytes = Array(title.utf8)
        guard isPlain(bytes) else { return nil }
        // Without NTIS's `_(YYYY)` suffix, as `withoutNTISSuffix`.
        if bytes.count >= 7,
            let start = (0...(bytes.count - 7)).first(where: { start in
                bytes[start] == 0x5F && bytes[start + 1] == 0x28 && bytes[start + 6] == 0x29
                    && bytes[(start + 2)..<(start + 6)].allSatisfy(isDigit)
            })
        {
            bytes.removeSubrange(start...)
        }
        return String(decoding: folded(yearsAsNen(bytes)), as: UTF8.self)
    }

    private static let nyeon: [UInt8] = Array("년".utf8)
    private static let nyeondo: [UInt8] = Array("년도".utf8)

    /// ASCII but `&`, Hangul syllables, U+00B7 and U+318D; `bytes` are valid UTF-8 (they come from a String).
    private static func isPlain(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x26 { return false }
                index += 1
            } else if lead == 0xC2, bytes[index + 1] == 0xB7 {
                index += 2
            } else if lead & 0xF0 == 0xE0 {
                let scalar =
                    UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard (0xAC00...0xD7A3).contains(scalar) || scalar == 0x318D else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// `readingYearsAsNen` on bytes: `년도` after four digits (and any ASCII whitespace) as `년`.
    private static func yearsAsNen(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == nyeondo[0], bytes[index...].starts(with: nyeondo) {
                var end = out.count
                while end > 0, out[end - 1] == 0x20 || (0x09...0x0D).contains(out[end - 1]) { end -= 1 }
                if end >= 4, out[(end - 4)..<end].allSatisfy(isDigit) {
                    out.removeSubrange(end...)
                    out += nyeon
                    index += nyeondo.count
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }

    /// `TitleText.clean` then `asciiAndHangulForMatching`, on bytes: whitespace, controls, quotes and middle dots
    /// dropped, brackets as `()`, ASCII lower-case.
    private static func folded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x00...0x20, 0x7F, 0x22, 0x27, 0x60: break
            case 0x28, 0x5B, 0x7B, 0x3C: out.append(0x28)
            case 0x29, 0x5D, 0x7D, 0x3E: out.append(0x29)
            case 0x41...0x5A: out.append(byte + 0x20)
            case 0x21...0x7E: out.append(byte)
            case 0xC2: index += 1  // U+00B7, the only two-byte character a plain title has
            default:
                // U+318D (E3 86 8D) is a middle dot; every other three-byte character is a Hangul syllable.
                if !(byte == 0xE3 && bytes[index + 1] == 0x86 && bytes[index + 2] == 0x8D) {
                    out += bytes[index..<(index + 3)]
                }
                index += 2
            }
            index += 1
        }
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
