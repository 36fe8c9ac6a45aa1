import TOML
import Testing

@Suite("TOMLValue and TOMLTable")
struct TOMLValueTests {
    @Test func accessorsReturnOnlyTheirOwnType() throws {
        let document = try parse(
            "s = 'x'\ni = 3\nf = 2.5\nb = true\nd = 1979-05-27\na = [1]\nt = { k = 1 }")
        #expect(document["s"]?.stringValue == "x")
        #expect(document["i"]?.stringValue == nil)
        #expect(document["i"]?.integerValue == 3)
        #expect(document["f"]?.integerValue == nil)
        #expect(document["b"]?.boolValue == true)
        #expect(document["s"]?.boolValue == nil)
        #expect(document["d"]?.dateTimeValue?.kind == .localDate)
        #expect(document["a"]?.arrayValue == [.integer(1)])
        #expect(document["t"]?.arrayValue == nil)
        #expect(document["t"]?.tableValue?["k"] == .integer(1))
        #expect(document["a"]?.tableValue == nil)
    }

    @Test func doubleValueAcceptsIntegers() throws {
        #expect(try value("2").doubleValue == 2.0)
        #expect(try value("2.5").doubleValue == 2.5)
        #expect(try value("'2.5'").doubleValue == nil)
    }

    @Test func typeNames() throws {
        let document = try parse("s = ''\ni = 1\nf = 1.0\nb = false\na = []\nt = {}")
        #expect(document.entries.map(\.value.typeName) == ["string", "integer", "float", "boolean", "array", "table"])
    }

    @Test func tableEqualityIgnoresOrderAndLocation() throws {
        let first = try parse("a = 1\nb = { c = 'x' }", file: "one.toml")
        let second = try parse("\n\nb.c = \"x\"\na = 1", file: "two.toml")
        #expect(first == second)
        #expect(first != (try parse("a = 1\nb = { c = 'y' }")))
        #expect(first != (try parse("a = 1")))
        #expect(first != (try parse("a = 1\nb = { c = 'x' }\nc = 2")))
    }

    @Test func countAndEntries() throws {
        let document = try parse("x = 1\ny = 2")
        #expect(document.count == 2)
        #expect(!document.isEmpty)
        #expect(document.entries.map(\.location.line) == [1, 2])
        #expect(document["z"] == nil)
        #expect(document.path.isEmpty)
    }

    @Test func errorCarriesCodeLocationAndMessage() throws {
        let error = try #require(parseError("a = 1\na = 2", file: "f.toml"))
        #expect(error.code == .duplicateKey)
        #expect(error.location == TOMLLocation(file: "f.toml", line: 2, column: 1))
        #expect(error.message == "duplicate key 'a' (first defined at 1:1)")
        #expect(error.description == "f.toml:2:1: duplicate key 'a' (first defined at 1:1)")
    }
}
