import Testing

@testable import Parse

/// Tables searched by bytes answer as `String` dictionaries do, for plain words and for any other spelling.
struct PlainWordTests {
    static let table = ["중소기업": 1, "대학": 2, "sme": 3, "산학연": 4]

    @Test(arguments: [
        "중소기업", "대학", "sme", "산학연", "중소기", "대학교", "SME", "", "중소기업 ", "중소기업중소기업",
        // Decomposed jamo spell the same words: not plain, so searched as Strings, found all the same.
        "\u{110C}\u{116E}\u{11BC}\u{1109}\u{1169}\u{1100}\u{1175}\u{110B}\u{1165}\u{11B8}",
        "\u{1103}\u{1162}\u{1112}\u{1161}\u{11A8}",
    ])
    func answersLikeStrings(word: String) {
        #expect(PlainWordTable(Self.table)[word] == Self.table[word])
    }

    @Test func plainIsSyllablesAndASCII() {
        #expect(PlainWord("중소기업 R&D") != nil)
        #expect(PlainWord("\u{1103}\u{1162}") == nil)
        #expect(PlainWord("e\u{301}") == nil)
        #expect(PlainWord("ㅇ") == nil)
        #expect(PlainWord("대학") == PlainWord("대학"))
    }

    @Test func organizationWordsFoundEitherWay() {
        #expect(EligibilityText.organizationTypes(ofWord: "중소기업") == [.sme])
        let decomposed = "\u{110C}\u{116E}\u{11BC}\u{1100}\u{1167}\u{11AB}\u{1100}\u{1175}\u{110B}\u{1165}\u{11B8}"
        #expect(decomposed == "중견기업")
        #expect(EligibilityText.organizationTypes(ofWord: decomposed) == [.midSized])
    }
}
