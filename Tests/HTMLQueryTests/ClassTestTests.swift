import Testing

@testable import HTMLQuery

@Suite("The class-test idiom")
struct ClassTestTests {
    static let page = """
        <html><body>
        <div class="title">a</div>
        <div class="  box   title
        main">b</div>
        <div class="title_sub">no</div>
        <div class="subtitle">no</div>
        <div class="TITLE">no</div>
        <div>no</div>
        <div class="">no</div>
        <p class="title">c</p>
        </body></html>
        """

    @Test(
        "contains(concat(' ', normalize-space(@class), ' '), ' x ') finds whole class words only, as XPath defines it")
    func wholeWords() throws {
        let document = try HTMLDocument(string: Self.page)
        let idiom = "//div[contains(concat(' ', normalize-space(@class), ' '), ' title ')]"
        #expect(try document.select(idiom).map(\.text) == ["a", "b"])
        // The same test written another way (not rewritten by the facade) agrees.
        let longhand = "//div[contains(concat(' ', normalize-space(@class), ' ') , ' title ')]"
        #expect(try document.select(longhand).map(\.text) == ["a", "b"])
        #expect(try document.select("//*[contains(concat(' ', normalize-space(@class), ' '), ' title ')]").count == 3)
        #expect(try document.select("//div[contains(concat(' ', normalize-space(@class), ' '), ' main ')]").count == 1)
    }

    @Test("a class name with a space in the idiom keeps XPath's meaning (adjacent words)")
    func twoWords() throws {
        let document = try HTMLDocument(string: Self.page)
        #expect(
            try document.select("//div[contains(concat(' ', normalize-space(@class), ' '), ' box title ')]").count == 1)
        #expect(
            try document.select("//div[contains(concat(' ', normalize-space(@class), ' '), ' title box ')]").isEmpty)
    }
}
