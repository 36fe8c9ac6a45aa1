import Testing

@testable import Parse

/// `BudgetText.Prepared` reads scalars where it used to read `Character`s: on the golden pages and on texts with
/// characters of several scalars, its units must be what the character-by-character reading gave.
struct BudgetTextScalarTests {
    static let odd: [String] = [
        "총 사업비 ５억원\r\n과제당 최대 1억 5천만원 이내(당해 9천만원)",
        "지원예산 : 미정 👍🏽 과제당 e\u{301} 3억원~5억원, 총\u{301} 40억원",
        "\u{200B}기업당\u{00AD} 8천만원\r\n\r\n약 12억원 (3년 이내) ᄀ\u{1161} 7억원",
    ]
    static let texts: [String] = NormalizerGoldens.records().compactMap(\.pageText) + odd

    /// The scanning form of one character, as the character-by-character reading had it.
    static func characterForm(_ character: Character) -> Character? {
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

    @Test func unitsAreTheCharacters() {
        #expect(Self.texts.count > 40)
        for text in Self.texts {
            let expected = Array(text.precomposed).compactMap(Self.characterForm)
            for prepared in [BudgetText.Prepared(text), BudgetText.Prepared(text, characterByCharacter: true)] {
                #expect(prepared.scan.count == expected.count)
                let mismatch = zip(prepared.scan, expected).enumerated().first { _, pair in
                    let (scalar, character) = pair
                    return
                        character.unicodeScalars.count == 1
                        ? character.unicodeScalars.first != scalar : scalar != BudgetText.Prepared.otherCharacter
                }?.offset
                #expect(mismatch == nil, "\(text.prefix(40)): unit \(mismatch ?? -1)")
            }
        }
    }

    @Test func quotesAreTheCharacters() {
        for text in Self.texts {
            let written = Array(text.precomposed).filter { Self.characterForm($0) != nil }
            let fast = BudgetText.Prepared(text)
            let slow = BudgetText.Prepared(text, characterByCharacter: true)
            for start in stride(from: 0, to: written.count, by: 37) {
                let range = start..<(start + 45)
                let expected = BudgetText.collapsed(String(written[range.clamped(to: 0..<written.count)]))
                #expect(fast.written(range) == expected)
                #expect(slow.written(range) == expected)
            }
        }
    }

    @Test func readsBudgetsAcrossOddCharacters() {
        let budget = BudgetText.find(in: Self.odd[0])
        #expect(budget.totalKRW == 500_000_000)
        #expect(budget.perProjectKRW == 150_000_000)
    }
}
