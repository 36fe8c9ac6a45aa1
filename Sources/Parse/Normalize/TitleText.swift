import Foundation

/// Titles as the reader sees them. The original pipeline's normalizer erased everything after "20xx", so every
/// `2026년도 … 공고` became `2026`; this one only decodes leftover entities and evens out spaces, and cuts nothing.
public enum TitleText {
    /// `raw` with leftover HTML entities decoded (`&amp;`, `&#39;`, `&nbsp;`, `&#x2F;` …), no-break, ideographic and
    /// other spaces as one ASCII space, zero-width characters and controls dropped, trimmed. Every word is kept.
    public static func clean(_ raw: String) -> String {
        let decoded = decodingEntities(raw)
        // Built as UTF-8 bytes: appending scalar by scalar to a String cost more than the decisions themselves.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(decoded.utf8.count)
        var pendingSpace = false
        for scalar in decoded.unicodeScalars {
            if scalar.isASCII {
                switch scalar.value {
                case 0x09...0x0D, 0x20:
                    pendingSpace = !bytes.isEmpty
                    continue
                case 0x00...0x1F, 0x7F: continue
                default: break
                }
            } else {
                if scalar.isWhitespaceScalar {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if isInvisible(scalar.value) || scalar.isControlScalar { continue }
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
        return String(decoding: bytes, as: UTF8.self).precomposed
    }

    /// Zero-width and formatting characters with no visible trace: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen.
    /// A switch rather than a set: it is asked of every non-ASCII scalar of every title and cleaned text.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    /// The form two sources' titles are compared in by the merge rules: cleaned, compatibility forms folded (full-width
    /// `ＡＩ（…）` as `AI(…)`), lower-case, no spaces, the middle dots (`·`, `ㆍ`, `․`, `・`) and quotation marks
    /// (`『』「」“”'"`) dropped, brackets (`[]`, `【】`, `〈〉` …) as `()`, dashes as `-`, tildes as `~`. What is inside
    /// brackets stays: `(딥테크트랙)` and `(일반트랙)` are two calls.
    public static func normalizedForMatching(_ title: String) -> String {
        let cleaned = clean(title)
        return asciiAndHangulForMatching(cleaned) ?? foldedForMatching(cleaned)
    }

    /// The same result as `foldedForMatching` for titles made only of ASCII, precomposed Hangul and middle dots (nearly
    /// all of them), without Foundation's NFKC: none of those characters has a compatibility form, and each is one
    /// Character. nil for any other character. The store compares every sighting's title, so this is a hot path.
    static func asciiAndHangulForMatching(_ cleaned: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in cleaned.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x22, 0x27, 0x60: continue
            case 0x28, 0x5B, 0x7B, 0x3C: out.append("(")
            case 0x29, 0x5D, 0x7D, 0x3E: out.append(")")
            case 0x41...0x5A: out.append(Unicode.Scalar(UInt8(scalar.value) + 0x20))
            case 0x21...0x7E, 0xAC00...0xD7A3: out.append(scalar)
            case _ where middleDots.contains(scalar.value): continue
            default: return nil
            }
        }
        return String(out)
    }

    /// Cleaned title folded through NFKC and lower-casing, character by character.
    static func foldedForMatching(_ cleaned: String) -> String {
        var result = ""
        // The dots first: NFKC would turn `․` into `.` and `ㆍ` into a conjoining jamo.
        let dotless = String(cleaned.unicodeScalars.filter { !middleDots.contains($0.value) }.map(Character.init))
        for character in dotless.precomposedStringWithCompatibilityMapping.lowercased() {
            if character.isWhitespace || quotes.contains(character) { continue }
            if openingBrackets.contains(character) {
                result.append("(")
            } else if closingBrackets.contains(character) {
                result.append(")")
            } else if dashes.contains(character) {
                result.append("-")
            } else if tildes.contains(character) {
                result.append("~")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `·` U+00B7, `ㆍ` U+318D, `․` U+2024, `‧` U+2027, `•` U+2022, `∙` U+2219, `⋅` U+22C5, `・` U+30FB, `･` U+FF65.
    static let middleDots: Set<UInt32> = [0x00B7, 0x318D, 0x2024, 0x2027, 0x2022, 0x2219, 0x22C5, 0x30FB, 0xFF65]
    static let quotes: Set<Character> = ["『", "』", "「", "」", "“", "”", "‘", "’", "\"", "'", "`", "«", "»", "′", "″"]
    static let openingBrackets: Set<Character> = ["(", "[", "{", "【", "〔", "〈", "《", "〖", "〘", "<", "⟨"]
    static let closingBrackets: Set<Character> = [")", "]", "}", "】", "〕", "〉", "》", "〗", "〙", ">", "⟩"]
    static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "―", "−", "﹣"]
    static let tildes: Set<Character> = ["∼", "〜", "～"]
}
