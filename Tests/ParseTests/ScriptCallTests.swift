import Testing

@testable import Parse

/// Arguments of script calls, read scalar by scalar or (for texts with combining marks) character by character.
struct ScriptCallTests {
    @Test(arguments: [
        ("f_detail('I18835','2026')", "f_detail", ["I18835", "2026"]),
        ("javascript:f_detail( 'I18835' , \"2026\" );", "f_detail", ["I18835", "2026"]),
        ("fn('a,b', 'it\\'s', '공고 첨부.hwp')", "fn", ["a,b", "it's", "공고 첨부.hwp"]),
        ("fn()", "fn", []),
        ("fn('a\r\nb')", "fn", ["a\r\nb"]),
        ("fn('e\u{301}x', 2)", "fn", ["e\u{301}x", "2"]),
        ("go(1, 2", "go", nil),
        ("other('x')", "fn", nil),
    ])
    func arguments(text: String, function: String, expected: [String]?) {
        #expect(ScriptCall.arguments(of: function, in: text) == expected)
    }

    @Test func firstCallWithoutName() {
        #expect(ScriptCall.arguments(in: "post_to_url('/form.tab?ID=1','post')") == ["/form.tab?ID=1", "post"])
        #expect(ScriptCall.arguments(in: "no call here") == nil)
    }
}
