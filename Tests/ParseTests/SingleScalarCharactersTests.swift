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
        // Read from the bytes: every admitted scalar passes, any other one fails wherever it stands.
        let admitted = String(String.UnicodeScalarView(Self.admitted))
        #expect(admitted.hasSingleScalarCharacters)
        for other in ["\u{301}", "\u{1100}", "\u{1F600}", "\u{0E31}", "\u{10FFFF}"] {
            #expect(!(admitted + other).hasSingleScalarCharacters)
            #expect(!(other + "가").hasSingleScalarCharacters)
        }
    }

    /// The listed whitespace and control scalars are the properties', over the whole code space.
    @Test func whitespaceIsTheProperty() {
        var differing: [String] = []
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhitespaceScalar != scalar.properties.isWhitespace {
                differing.append(String(value, radix: 16))
            }
            if scalar.isControlScalar != (scalar.properties.generalCategory == .control) {
                differing.append("control " + String(value, radix: 16))
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

    static let spaced = [
        "지원 대상 :\u{00A0}중소기업\u{3000}및 대학\r\n", " 2026. 1. 5.\t(월) ", "산·학·연 / (대학) ,", "e\u{301} 가 ",
        "", "   ", "\u{2028}접수\u{2029}기간\u{0085}끝\u{000B}", "a\r\nb", "１２ 억 원", "\u{FEFF}공고 \u{FEFF} 안내",
    ]

    /// Compacting and collapsing scalar by scalar (or byte by byte) give what the `Character` forms give.
    @Test(arguments: spaced + EligibilityGoldenPage.all.flatMap { $0.text.split(separator: "\n").map(String.init) })
    func whitespaceFormsMatchCharacters(text: String) {
        #expect(text.removingWhitespace() == String(text.filter { !$0.isWhitespace }))
        let others = ",·ㆍ/():："
        #expect(
            text.removingWhitespace(and: others) == String(text.filter { !$0.isWhitespace && !others.contains($0) }))
        #expect(text.collapsingWhitespace() == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        #expect(Substring(text).collapsingWhitespace() == text.collapsingWhitespace())
    }

    /// A prefix counted by scalars is the prefix counted by characters, whatever the text holds.
    @Test(arguments: spaced + ["가나다라마", "e\u{301}tude", "ab\r\ncd", "👍🏽👍🏽 ok", "가\u{1100}\u{1161}나", "abc\u{301}"])
    func characterPrefixIsPrefix(text: String) {
        for count in 0...(text.count + 1) {
            #expect(text.characterPrefix(count) == text.prefix(count), "\(count) of \(text.debugDescription)")
        }
    }
}
