import Testing

@testable import Parse

/// The scalar-by-scalar fast paths rely on `neverJoinsNeighbours`: checked here against the standard library's own
/// grapheme breaking, for every scalar the ranges admit.
struct SingleScalarCharactersTests {
    static let admitted: [Unicode.Scalar] = (0...0x10FFFF).compactMap { value in
        guard let scalar = Unicode.Scalar(value), scalar.neverJoinsNeighbours else { return nil }
        return scalar
    }

    /// Nothing joins an admitted scalar to the one before it (Extend, ZWJ, SpacingMark, V, T would join `가`), nor to
    /// the one after it (Prepend would join `a`, L or LV would join a vowel jamo, a regional indicator its twin).
    @Test func admittedScalarsStandAlone() {
        #expect(Self.admitted.count > 35_000)
        var joined: [String] = []
        for scalar in Self.admitted where scalar != "\r" {
            let text = String(scalar)
            var pairs = ["가" + text, "a" + text, text + "a", text + text, "\u{1F600}" + text]
            if !(0xAC00...0xD7A3).contains(scalar.value) { pairs.append(text + "\u{1161}") }
            if pairs.contains(where: { $0.count != 2 }) { joined.append(String(scalar.value, radix: 16)) }
        }
        #expect(joined.isEmpty, "scalars that join a neighbour: \(joined.prefix(20))")
    }

    @Test func judgesTexts() {
        #expect("지원대상 : 중소기업 (2026. 1. 5.)\r\n□ 예산 ５억원".hasSingleScalarCharacters)
        #expect("plain ASCII".hasSingleScalarCharacters)
        #expect(!"e\u{301}".hasSingleScalarCharacters)
        #expect(!"\u{1100}\u{1161}".hasSingleScalarCharacters)
        #expect(!"👍🏽".hasSingleScalarCharacters)
    }

    /// The listed whitespace scalars are the property's, over the whole code space.
    @Test func whitespaceIsTheProperty() {
        var differing: [String] = []
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhitespaceScalar != scalar.properties.isWhitespace {
                differing.append(String(value, radix: 16))
            }
        }
        #expect(differing.isEmpty, "scalars judged unlike White_Space: \(differing.prefix(20))")
    }

    /// On an admitted text, scalars are characters (CR LF aside).
    @Test func scalarsAreCharacters() {
        let text = String(String.UnicodeScalarView(Self.admitted.filter { $0 != "\r" }))
        #expect(text.count == text.unicodeScalars.count)
        for scalar in Self.admitted where scalar != "\r" {
            let character = Character(scalar)
            #expect(character.isWhitespace == scalar.isWhitespaceScalar)
            #expect(character.isNewline == scalar.isNewlineScalar)
        }
    }
}
