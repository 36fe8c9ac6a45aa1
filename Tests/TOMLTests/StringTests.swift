import TOML
import Testing

@Suite("Strings")
struct StringTests {
    @Test func basicStringWithEveryEscape() throws {
        let text = #"v = "b\b t\t n\n f\f r\r q\" s\\ u\u00E9 U\U0001F600 한\uD55C""#
        #expect(try parse(text)["v"] == .string("b\u{8} t\t n\n f\u{C} r\r q\" s\\ ué U😀 한한"))
    }

    @Test func koreanTextIsKeptAsWritten() throws {
        #expect(try value(#""한국산업기술평가관리원 (KEIT) — 공고""#) == .string("한국산업기술평가관리원 (KEIT) — 공고"))
        #expect(try value("'정보통신기획평가원'") == .string("정보통신기획평가원"))
    }

    @Test func literalStringKeepsBackslashes() throws {
        #expect(try value(#"'C:\Users\nodejs\templates'"#) == .string(#"C:\Users\nodejs\templates"#))
        #expect(try value(#"'<\i\c*\s*>'"#) == .string(#"<\i\c*\s*>"#))
        #expect(try value(#"'Tom "Dubs" Preston-Werner'"#) == .string(#"Tom "Dubs" Preston-Werner"#))
    }

    @Test func emptyStrings() throws {
        #expect(try value("\"\"") == .string(""))
        #expect(try value("''") == .string(""))
        #expect(try parse(#"v = """""""#)["v"] == .string(""))
        #expect(try value("''''''") == .string(""))
    }

    @Test func multilineBasicTrimsLeadingNewline() throws {
        let text = "v = \"\"\"\nRoses are red\nViolets are blue\"\"\""
        #expect(try parse(text)["v"] == .string("Roses are red\nViolets are blue"))
    }

    @Test func multilineBasicLineEndingBackslash() throws {
        let text = "v = \"\"\"\\\n  The quick brown \\\n\n\n    fox jumps over \\   \n    the lazy dog.\\\n  \"\"\""
        #expect(try parse(text)["v"] == .string("The quick brown fox jumps over the lazy dog."))
    }

    @Test func multilineBasicEscapesAndQuotes() throws {
        #expect(
            try parse(#"v = """Here are two quotation marks: "". Simple enough.""""#)["v"]
                == .string(#"Here are two quotation marks: "". Simple enough."#))
        #expect(
            try parse(#"v = """Here are three quotation marks: ""\".""""#)["v"]
                == .string(#"Here are three quotation marks: """."#))
        #expect(
            try parse(#"v = """"This," she said, "is just a pointless statement."""""#)["v"]
                == .string(#""This," she said, "is just a pointless statement.""#))
        #expect(try parse(#"v = """tab\there""""#)["v"] == .string("tab\there"))
    }

    @Test func multilineNormalizesCRLF() throws {
        #expect(try parse("v = \"\"\"\r\nline one\r\nline two\"\"\"\r\n")["v"] == .string("line one\nline two"))
    }

    @Test func multilineLiteral() throws {
        let text =
            "v = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\\n\n'''"
        #expect(
            try parse(text)["v"]
                == .string(
                    "The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\\n\n"))
        #expect(
            try value("''''That,' she said, 'is still pointless.''''")
                == .string("'That,' she said, 'is still pointless.'"))
        #expect(try value("'''I [dw]on't need \\d{2} apples'''") == .string("I [dw]on't need \\d{2} apples"))
    }

    @Test func invalidEscapeIsNamed() {
        expectError(#"v = "bad \q here""#, .invalidString, at: 1, 10, containing: #"invalid escape '\q'"#)
        expectError(#"v = "\x41""#, .invalidString, at: 1, 6, containing: #"invalid escape '\x'"#)
    }

    @Test func invalidUnicodeEscapes() {
        expectError(#"v = "\u12G4""#, .invalidString, at: 1, 6, containing: "expected 4 hexadecimal digits")
        expectError(#"v = "\U0001F60""#, .invalidString, at: 1, 6, containing: "expected 8 hexadecimal digits")
        expectError(#"v = "\uD800""#, .invalidString, at: 1, 6, containing: "U+D800 is not a Unicode scalar value")
        expectError(#"v = "\U00110000""#, .invalidString, at: 1, 6, containing: "not a Unicode scalar value")
    }

    @Test func lineEndingBackslashOnlyInMultilineBasic() {
        expectError("v = \"abc \\\n def\"", .invalidString, at: 1, 10, containing: "invalid escape")
        expectError("v = \"\"\"abc \\ def\"\"\"", .invalidString, at: 1, 12, containing: #"invalid escape '\ '"#)
    }

    @Test func unterminatedStrings() {
        expectError("v = \"abc\nw = 1", .unterminated, at: 1, 5, containing: "unterminated string")
        expectError("v = 'abc", .unterminated, at: 1, 5, containing: "unterminated string")
        expectError("\n\nv = \"\"\"abc\n\n", .unterminated, at: 3, 5, containing: "unterminated multi-line string")
        expectError("v = '''abc''", .unterminated, at: 1, 5, containing: "unterminated multi-line string")
    }

    @Test func tooManyClosingQuotes() {
        expectError(#"v = """abc"""""""#, .syntax, at: 1, 11, containing: "too many quotes")
    }

    @Test func controlCharactersRejected() {
        expectError("v = \"a\u{7}b\"", .invalidString, at: 1, 7, containing: "invalid character U+0007 in string")
        expectError("v = 'a\u{0}b'", .invalidString, at: 1, 7, containing: "U+0000")
        expectError("v = \"\"\"a\u{7F}\"\"\"", .invalidString, at: 1, 9, containing: "U+007F")
        expectError("v = '''a\rb'''", .invalidString, at: 1, 9, containing: "U+000D")
        // Tab is the one control character strings may contain.
        #expect(parseError("v = \"a\tb\"") == nil)
    }
}
