import TOML
import Testing

@Suite("Tables, dotted keys and arrays of tables")
struct TableTests {
    @Test func keysOfEveryForm() throws {
        let text = """
            key = 1
            bare_key-2 = 2
            1234 = 3
            "127.0.0.1" = 4
            "character encoding" = 5
            'quoted "value"' = 6
            "" = 7
            "기관 이름" = "한국산업기술평가관리원"
            """
        let document = try parse(text)
        #expect(
            document.keys == [
                "key", "bare_key-2", "1234", "127.0.0.1", "character encoding", "quoted \"value\"", "", "기관 이름",
            ])
        #expect(document["기관 이름"] == .string("한국산업기술평가관리원"))
        #expect(document["127.0.0.1"] == .integer(4))
    }

    @Test func dottedKeysCreateTables() throws {
        let text = """
            name = "Orange"
            physical.color = "orange"
            physical.shape = "round"
            site."google.com" = true
            3.14159 = "pi"
            fruit . flavor = "sweet"
            """
        let document = try parse(text)
        #expect(document.keys == ["name", "physical", "site", "3", "fruit"])
        #expect(document["physical"]?.tableValue?.keys == ["color", "shape"])
        #expect(document["site"]?.tableValue?["google.com"] == .boolean(true))
        #expect(document["3"]?.tableValue?["14159"] == .string("pi"))
        #expect(document["fruit"]?.tableValue?["flavor"] == .string("sweet"))
        #expect(document["physical"]?.tableValue?.path == ["physical"])
    }

    @Test func headersAndDottedHeaders() throws {
        let text = """
            [table-1]
            key1 = "some string"
            [ dog . "tater.man" ]
            type.name = "pug"
            [ "기관" . '설정' ]
            "값" = 1
            """
        let document = try parse(text)
        #expect(document.keys == ["table-1", "dog", "기관"])
        let tater = try #require(document["dog"]?.tableValue?["tater.man"]?.tableValue)
        #expect(tater["type"]?.tableValue?["name"] == .string("pug"))
        #expect(tater.path == ["dog", "tater.man"])
        #expect(tater.pathDescription == #"dog."tater.man""#)
        let settings = try #require(document["기관"]?.tableValue?["설정"]?.tableValue)
        #expect(settings["값"] == .integer(1))
        #expect(settings.pathDescription == #""기관"."설정""#)
    }

    @Test func superTableMayBeDefinedAfterSubTable() throws {
        let document = try parse("[x.y.z.w]\na = 1\n[x]\nb = 2")
        let x = try #require(document["x"]?.tableValue)
        #expect(x.keys == ["y", "b"])
        #expect(x["y"]?.tableValue?["z"]?.tableValue?["w"]?.tableValue?["a"] == .integer(1))
        #expect(x.location.line == 3)
    }

    @Test func headerMayReachIntoTablesMadeByDottedKeys() throws {
        let text = """
            [fruit]
            apple.color = "red"
            apple.taste.sweet = true
            [fruit.apple.texture]
            smooth = true
            """
        let apple = try #require(try parse(text)["fruit"]?.tableValue?["apple"]?.tableValue)
        #expect(apple.keys == ["color", "taste", "texture"])
        #expect(apple["texture"]?.tableValue?["smooth"] == .boolean(true))
    }

    @Test func dottedKeysMayFillImplicitTables() throws {
        let document = try parse("[a.b.c]\nz = 9\n[a]\nb.d = 1")
        let b = try #require(document["a"]?.tableValue?["b"]?.tableValue)
        #expect(b.keys == ["c", "d"])
    }

    @Test func arrayOfTablesWithSubTables() throws {
        let text = """
            [[fruits]]
            name = "apple"
            [fruits.physical]  # subtable
            color = "red"
            [[fruits.varieties]]
            name = "red delicious"
            [[fruits.varieties]]
            name = "granny smith"
            [[fruits]]
            name = "banana"
            [[fruits.varieties]]
            name = "plantain"
            """
        let fruits = try #require(try parse(text)["fruits"]?.arrayValue?.compactMap { $0.tableValue })
        #expect(fruits.count == 2)
        #expect(fruits[0].keys == ["name", "physical", "varieties"])
        #expect(fruits[0]["physical"]?.tableValue?["color"] == .string("red"))
        #expect(
            fruits[0]["varieties"]?.arrayValue?.compactMap { $0.tableValue?["name"]?.stringValue }
                == ["red delicious", "granny smith"])
        #expect(fruits[1]["varieties"]?.arrayValue?.count == 1)
        #expect(fruits[1].path == ["fruits"])
        #expect(fruits[0]["varieties"]?.arrayValue?.first?.tableValue?.path == ["fruits", "varieties"])
    }

    @Test func emptyArrayOfTablesElements() throws {
        let document = try parse("[[products]]\n[[products]]\nsku = 1\n[[products]]")
        let products = try #require(document["products"]?.arrayValue)
        #expect(products.map { $0.tableValue?.count } == [0, 1, 0])
    }

    @Test func keyOrderIsDocumentOrder() throws {
        let text = "zeta = 1\nalpha = 2\n[mid]\n[mid.inner]\n[beta]\n[[gamma]]\n[mid.another]\n"
        let document = try parse(text)
        #expect(document.keys == ["zeta", "alpha", "mid", "beta", "gamma"])
        #expect(document["mid"]?.tableValue?.keys == ["inner", "another"])
        #expect(document.entries.map(\.key) == document.keys)
    }

    @Test func commentsAndBlankLinesEverywhere() throws {
        let text = "# leading\n\n  \t\n[a] # after header\n  b = 1 # after value\n# trailing"
        #expect(try parse(text)["a"]?.tableValue?["b"] == .integer(1))
        #expect(try parse("").isEmpty)
        #expect(try parse("# only a comment").isEmpty)
    }
}
