import Testing

@testable import HTMLQuery

/// `WhitespaceNormalization.normalize` reads UTF-8 bytes; `normalizeByScalar` is the definition it must agree with.
@Suite("Whitespace normalization")
struct WhitespaceNormalizationTests {
    /// Every scalar Unicode calls whitespace, plus U+FEFF and neighbours of each that are not whitespace (same lead
    /// bytes, other continuation bytes).
    static let interesting: [Unicode.Scalar] = {
        var scalars: [Unicode.Scalar] = ["\u{FEFF}", "\u{FEFE}", "\u{FFBF}", "\u{200B}", "\u{180E}", "\u{00A1}"]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { continue }
            scalars.append(scalar)
            for neighbour in [value - 1, value + 1] { Unicode.Scalar(neighbour).map { scalars.append($0) } }
        }
        return scalars
    }()

    @Test("every whitespace scalar, and its neighbours, alone, inside and around words")
    func eachScalar() {
        for scalar in Self.interesting {
            let s = String(scalar)
            for text in [s, "a\(s)b", "\(s)가\(s)\(s)나\(s)", "x \(s) y", "\(s)\(s)", "공고\(s)"] {
                #expect(
                    WhitespaceNormalization.normalize(text) == WhitespaceNormalization.normalizeByScalar(text),
                    "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("page-like texts and random mixes")
    func mixes() {
        var texts = [
            "", " ", "\u{FEFF}", "  공고명\t\n 2026년도  \u{00A0}중소기업\u{3000}기술개발 ",
            "접수기간 : 2026. 1. 5.(월) ~ 2. 3.(화)\r\n\r\n 18:00", "e\u{301} \u{1F600}\u{2028}끝",
        ]
        var generator = SystemRandomNumberGenerator()
        let pieces = Self.interesting.map { String($0) } + ["가", "a", "1", "é", "\u{1F600}", "R&D", "\r\n"]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...12, using: &generator)
            texts.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(
                WhitespaceNormalization.normalize(text) == WhitespaceNormalization.normalizeByScalar(text), "\(text)")
        }
    }
}
