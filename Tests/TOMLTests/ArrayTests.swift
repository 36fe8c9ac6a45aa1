import TOML
import Testing

@Suite("Arrays")
struct ArrayTests {
    @Test func simpleAndEmptyArrays() throws {
        #expect(try value("[ 1, 2, 3 ]") == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(try value("[]") == .array([]))
        #expect(
            try value("[ \"red\", 'yellow', \"\"\"green\"\"\" ]")
                == .array([.string("red"), .string("yellow"), .string("green")]))
    }

    @Test func mixedTypesAreAllowed() throws {
        let mixed = try value("[ 0.1, 0.2, 1, \"x\", true, { a = 1 } ]")
        #expect(mixed.arrayValue?.map(\.typeName) == ["float", "float", "integer", "string", "boolean", "table"])
    }

    @Test func nestedArrays() throws {
        #expect(
            try value("[ [ 1, 2 ], [\"a\", 'b'], [[]] ]")
                == .array([
                    .array([.integer(1), .integer(2)]),
                    .array([.string("a"), .string("b")]),
                    .array([.array([])]),
                ]))
    }

    @Test func multilineWithCommentsAndTrailingComma() throws {
        let text = """
            pages = [   # first comment
              1,
              2, # second
            \t
              # a line of its own
              3,
            ]
            after = true
            """
        let document = try parse(text)
        #expect(document["pages"] == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(document["after"] == .boolean(true))
        #expect(try parse("a = [\r\n1,\r\n2\r\n]\r\n")["a"] == .array([.integer(1), .integer(2)]))
    }

    @Test func arrayOfInlineTables() throws {
        let points = try #require(try value("[ { x = 1, y = 2 }, { x = 7, y = 8 } ]").arrayValue)
        #expect(points.count == 2)
        #expect(points[1].tableValue?["y"] == .integer(8))
    }

    @Test func unterminatedArray() {
        expectError("a = [1, 2", .unterminated, at: 1, 5, containing: "unterminated array")
        expectError("a = [\n  1,\n  2,\n", .unterminated, at: 1, 5, containing: "unterminated array")
    }

    @Test func malformedArrays() {
        expectError("a = [1 2]", .syntax, at: 1, 8, containing: "expected ',' or ']' in array, found '2'")
        expectError("a = [,]", .syntax, at: 1, 6, containing: "expected a value, found ','")
        expectError("a = [1,,2]", .syntax, at: 1, 8, containing: "expected a value, found ','")
        expectError("a = [1] 2", .syntax, at: 1, 9, containing: "expected end of line after value")
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        expectError("a = \(deep)", .nestingTooDeep, at: 1, 133, containing: "nested more than 128 deep")
        #expect(parseError("a = " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) == nil)
    }
}
