import Testing

@testable import Parse

/// Titles and openings cut into words scalar by scalar (single-scalar texts) as they are character by character.
struct KindRulesWordsTests {
    /// Each admitted scalar belongs to the script its character does.
    @Test func scalarScriptIsCharacterScript() {
        var differing: [String] = []
        for scalar in SingleScalarCharactersTests.admitted where scalar != "\r" {
            if KindRules.Script(scalar) != KindRules.Script(Character(scalar)) {
                differing.append(String(scalar.value, radix: 16))
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    static let made = [
        "2026년도 AI해외인재유치지원 사업 공고", "(테스트용) test", "ㅇ 수요조사 결과", "", "  ", "A1b2 가나3다",
        "시행계획 공고\r\n재공고", "Ⅲ. 지원규모 ５억원", "α-β 테스트베드", "ὰ 결과",
    ]

    @Test(arguments: made + EligibilityGoldenPage.all.map { String($0.text.prefix(600)) })
    func scalarWordsAreCharacterWords(text: String) {
        let lowered = text.precomposed.lowercased()
        if lowered.hasSingleScalarCharacters {
            #expect(KindRules.Words.tokensByScalar(lowered) == KindRules.Words.tokensByCharacter(lowered))
        }
        // Whichever path the words take, they are the definition's.
        #expect(KindRules.Words(text).tokens == KindRules.Words.tokensByCharacter(lowered))
    }
}
