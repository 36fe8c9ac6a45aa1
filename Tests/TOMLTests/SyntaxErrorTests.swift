import TOML
import Testing

@Suite("Syntax errors")
struct SyntaxErrorTests {
    @Test func missingEquals() {
        expectError("rate 10", .syntax, at: 1, 6, containing: "expected '=' after key 'rate', found '1'")
        expectError("rate\n= 10", .syntax, at: 1, 5, containing: "expected '=' after key 'rate', found end of line")
        expectError("sources.list", .syntax, at: 1, 13, containing: "expected '=' after key 'sources.list'")
    }

    @Test func missingValue() {
        expectError("a =", .syntax, at: 1, 4, containing: "expected a value, found end of file")
        expectError("a = # comment", .syntax, at: 1, 5, containing: "expected a value, found '#'")
    }

    @Test func twoKeyValuesOnOneLine() {
        expectError("a = 1 b = 2", .syntax, at: 1, 7, containing: "expected end of line after value, found 'b'")
        expectError("a = \"x\" \"y\"", .syntax, at: 1, 9, containing: "expected end of line after value")
    }

    @Test func invalidKeys() {
        expectError("= 1", .syntax, at: 1, 1, containing: "expected a key, found '='")
        expectError("이름 = 1", .syntax, at: 1, 1, containing: "invalid character '이' in bare key")
        expectError("a. = 1", .syntax, at: 1, 4, containing: "expected a key, found '='")
        expectError("a..b = 1", .syntax, at: 1, 3, containing: "expected a key, found '.'")
        expectError("\"\"\"a\"\"\" = 1", .syntax, at: 1, 1, containing: "multi-line strings cannot be used as keys")
        expectError("a b = 1", .syntax, at: 1, 3, containing: "expected '=' after key 'a', found 'b'")
    }

    @Test func malformedHeaders() {
        expectError("[a", .syntax, at: 1, 3, containing: "expected ']' after table name 'a', found end of file")
        expectError("[[a]", .syntax, at: 1, 4, containing: "expected ']]' after table name 'a'")
        expectError("[[a] ]", .syntax, at: 1, 4, containing: "expected ']]'")
        expectError("[]", .syntax, at: 1, 2, containing: "expected a key, found ']'")
        expectError("[a] b = 1", .syntax, at: 1, 5, containing: "expected end of line after table header, found 'b'")
        expectError("[a.]", .syntax, at: 1, 4, containing: "expected a key")
    }

    @Test func invalidCharacters() {
        expectError("a = 1 # bell \u{7}", .syntax, at: 1, 14, containing: "invalid character U+0007 in comment")
        expectError("a = 1\rb = 2", .syntax, at: 1, 6, containing: "U+000D")
        expectError("\u{1}", .syntax, at: 1, 1, containing: "expected a key, found U+0001")
        expectError("a = @", .syntax, at: 1, 5, containing: "expected a value, found '@'")
        expectError("a = 한", .syntax, at: 1, 5, containing: "expected a value, found '한'")
    }

    @Test func firstErrorWins() {
        // The document stops at the first problem, so an operator fixes errors in file order.
        let error = parseError("a = 1\nb = \"x\\q\"\na = 2")
        #expect(error?.location.line == 2)
        #expect(error?.code == .invalidString)
    }
}
