import Testing

@testable import Parse

/// The label/value reading shared by the detail parsers: keys without spaces and colons, values without their label.
struct LabelValuesTests {
    @Test func keysDropSpacesAndColons() {
        #expect(LabelValues.normalizeLabel("접 수 기 간 :") == "접수기간")
        #expect(LabelValues.normalizeLabel("공고일\u{00A0}：") == "공고일")
        #expect(LabelValues.normalizeLabel("e\u{301} :") == "e\u{301}")
    }

    /// A value loses its label however the two are written; byte comparison where it is exact, characters where a
    /// combining mark or a canonically equal scalar makes bytes and characters disagree.
    @Test(arguments: [
        ("공고일", "공고일 : 2025.07.14", " : 2025.07.14"),
        ("공고일", "공고번호 : 1", "공고번호 : 1"),
        ("가", "가나", "나"),
        ("e", "e\u{301}x", "e\u{301}x"),
        ("\u{212B}", "\u{00C5}x", "x"),
        ("\u{00C5}", "\u{212B}x", "x"),
        ("접수기간", "접수기간", ""),
        ("label", "lab", "lab"),
    ])
    func valueWithoutLabel(label: String, text: String, expected: String) {
        #expect(LabelValues.withoutPrefix(label, text) == expected)
        let byCharacters = text.hasPrefix(label) ? String(text.dropFirst(label.count)) : text
        #expect(LabelValues.withoutPrefix(label, text) == byCharacters)
    }
}
