import TOML
import Testing

@Suite("Inline tables")
struct InlineTableTests {
    @Test func inlineTable() throws {
        let name = try #require(try value(#"{ first = "Tom", last = "Preston-Werner" }"#).tableValue)
        #expect(name.keys == ["first", "last"])
        #expect(name["last"] == .string("Preston-Werner"))
    }

    @Test func emptyAndNested() throws {
        #expect(try value("{}").tableValue?.isEmpty == true)
        let nested = try #require(try value("{ a = { b = { c = 1 } }, d = [] }").tableValue)
        #expect(nested["a"]?.tableValue?["b"]?.tableValue?["c"] == .integer(1))
        #expect(nested["d"] == .array([]))
    }

    @Test func dottedKeysInside() throws {
        let table = try #require(try value(#"{ type.name = "pug", type.size = 3, "quoted key" = 1 }"#).tableValue)
        #expect(table.keys == ["type", "quoted key"])
        #expect(table["type"]?.tableValue?.keys == ["name", "size"])
        #expect(table["type"]?.tableValue?["name"] == .string("pug"))
    }

    @Test func trailingCommaRejected() {
        expectError("a = { b = 1, }", .syntax, at: 1, 14, containing: "trailing comma is not allowed")
    }

    @Test func mustBeOnOneLine() {
        expectError("a = { b = 1,\n c = 2 }", .unterminated, at: 1, 5, containing: "inline tables must be on one line")
        expectError("a = {\n}", .unterminated, at: 1, 5, containing: "inline tables must be on one line")
    }

    @Test func unterminatedInlineTable() {
        expectError("a = { b = 1", .unterminated, at: 1, 5, containing: "unterminated inline table")
    }

    @Test func malformedInlineTables() {
        expectError("a = { b = 1 c = 2 }", .syntax, at: 1, 13, containing: "expected ',' or '}' in inline table")
        expectError("a = { b 1 }", .syntax, at: 1, 9, containing: "expected '=' after key 'b'")
        expectError("a = { , }", .syntax, at: 1, 7, containing: "expected a key, found ','")
    }

    @Test func duplicateKeysInside() {
        expectError(
            "a = { b = 1, b = 2 }", .duplicateKey, at: 1, 14, containing: "duplicate key 'b' (first defined at 1:7)")
        expectError("a = { b.c = 1, b = 2 }", .duplicateKey, at: 1, 16, containing: "duplicate key 'b'")
        expectError(
            "a = { b = { c = 1 }, b.d = 2 }", .redefinition, at: 1, 22, containing: "it is an inline table")
    }
}
