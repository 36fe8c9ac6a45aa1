import TOML
import Testing

/// Every way TOML 1.0 forbids defining something twice, each with the location and wording an operator would see.
@Suite("Redefinition rules")
struct RedefinitionTests {
    @Test func duplicateKeys() {
        expectError("a = 1\na = 2", .duplicateKey, at: 2, 1, containing: "duplicate key 'a' (first defined at 1:1)")
        expectError(
            "[t]\nx = 1\n\n  x = 2", .duplicateKey, at: 4, 3, containing: "duplicate key 'x' (first defined at 2:1)")
        expectError("\"a\" = 1\n'a' = 2", .duplicateKey, at: 2, 1, containing: "duplicate key 'a'")
        expectError("\"이름\" = 1\n\"이름\" = 2", .duplicateKey, at: 2, 1, containing: "duplicate key '\"이름\"'")
    }

    @Test func duplicateDottedKey() {
        expectError(
            "a.b = 1\na.b = 2", .duplicateKey, at: 2, 3, containing: "duplicate key 'a.b' (first defined at 1:3)")
        expectError("a.b = 1\na = 2", .duplicateKey, at: 2, 1, containing: "duplicate key 'a' (first defined at 1:1)")
    }

    @Test func keyThenTableOfTheSameName() {
        expectError(
            "[a.b]\n[a]\nb = 1", .duplicateKey, at: 3, 1, containing: "duplicate key 'b' (first defined at 1:4)")
        expectError(
            "[a]\nb = 1\n[a.b]", .redefinition, at: 3, 1,
            containing: "cannot define table [a.b]: it already holds an integer (defined at 2:1)")
        expectError(
            "a = 1\n[a]", .redefinition, at: 2, 1,
            containing: "cannot define table [a]: it already holds an integer (defined at 1:1)")
    }

    @Test func tableDefinedTwice() {
        expectError(
            "[a]\n[a]", .redefinition, at: 2, 1, containing: "table [a] is defined twice (first defined at 1:1)")
        expectError(
            "[a.b]\n[a]\n[a]", .redefinition, at: 3, 1, containing: "table [a] is defined twice (first defined at 2:1)")
        expectError(
            "[[a]]\n[a.b]\n[a.b]", .redefinition, at: 3, 1,
            containing: "table [a.b] is defined twice (first defined at 2:1)")
        // The same sub-table in two elements of an array of tables is two tables.
        #expect(parseError("[[a]]\n[a.b]\n[[a]]\n[a.b]") == nil)
    }

    @Test func headerCannotRedefineTableMadeByDottedKeys() {
        expectError(
            "[fruit]\napple.color = \"red\"\n[fruit.apple]", .redefinition, at: 3, 1,
            containing: "table [fruit.apple] was already defined by dotted keys at 2:1")
        expectError(
            "[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]", .redefinition, at: 3, 1,
            containing: "table [fruit.apple.taste] was already defined by dotted keys at 2:7")
        expectError(
            "[a.b.c]\n[a]\nb.d = 1\n[a.b]", .redefinition, at: 4, 1,
            containing: "table [a.b] was already defined by dotted keys at 3:1")
    }

    @Test func dottedKeysCannotExtendTableDefinedByHeader() {
        expectError(
            "[a.b.c]\nz = 9\n[a]\nb.c.t = 1", .redefinition, at: 4, 3,
            containing: "cannot add to table 'b.c' with dotted keys: it is defined by a header at 1:1")
        expectError(
            "[a.b.c.d]\nz = 9\n[a]\nb.c.d.k.t = 1", .redefinition, at: 4, 5,
            containing: "cannot add to table 'b.c.d' with dotted keys")
    }

    @Test func arrayOfTablesConflicts() {
        expectError(
            "a = [1]\n[[a]]", .redefinition, at: 2, 1,
            containing: "cannot append to static array 'a' with [[a]] (defined at 1:1)")
        expectError(
            "a = []\n[[a]]", .redefinition, at: 2, 1, containing: "cannot append to static array 'a'")
        expectError(
            "[[a]]\n[a]", .redefinition, at: 2, 1,
            containing: "table [a] conflicts with the array of tables [[a]] defined at 1:3")
        expectError(
            "[a]\n[[a]]", .redefinition, at: 2, 1,
            containing: "cannot define array of tables [[a]]: 'a' is already a table (defined at 1:2)")
        expectError(
            "a = 1\n[[a]]", .redefinition, at: 2, 1, containing: "it already holds an integer (defined at 1:1)")
        expectError(
            "[[a.b]]\n[a]\nb.c = 1", .redefinition, at: 3, 1,
            containing: "cannot add to array of tables 'b' with dotted keys (defined at 1:5)")
    }

    @Test func inlineTablesCannotBeExtended() {
        expectError(
            "a = {b = 1}\n[a]", .redefinition, at: 2, 1,
            containing: "cannot define table [a]: it is an inline table (defined at 1:1), which cannot be extended")
        expectError(
            "a = {b = 1}\na.c = 2", .redefinition, at: 2, 1,
            containing: "cannot use 'a' as a table: it is an inline table")
        expectError(
            "a = {b = 1}\n[a.c]", .redefinition, at: 2, 2,
            containing: "cannot use 'a' as a table: it is an inline table")
        expectError("a = {b = {}}\n[a.b]", .redefinition, at: 2, 2, containing: "cannot use 'a' as a table")
        expectError("a = {b = 1}\n[[a]]", .redefinition, at: 2, 1, containing: "it is an inline table")
    }

    @Test func scalarsAndStaticArraysAreNotTables() {
        expectError(
            "a = 1\na.b = 2", .redefinition, at: 2, 1,
            containing: "cannot use 'a' as a table: it already holds an integer (defined at 1:1)")
        expectError("a = \"x\"\n[a.b]", .redefinition, at: 2, 2, containing: "it already holds a string")
        expectError("a = [1]\na.b = 1", .redefinition, at: 2, 1, containing: "it is a static array (defined at 1:1)")
        expectError(
            "a = 1979-05-27\n[a.b]", .redefinition, at: 2, 2, containing: "it already holds a local date")
    }
}
