import HTMLQuery
import Testing

@Suite("Parsing broken markup and entities")
struct ParsingTests {
    @Test("unclosed <tr>/<td>, stray </td> and an unclosed <div> are recovered")
    func brokenMarkup() throws {
        let page = """
            <html><body><div id="wrap"><div class="board">
            <table id="list">
              <tr><td>1<td>첫 번째 공고</td></td>
              <tr><td>2</td><td>두 번째 공고
              <tr><td>3</td></td><td>세 번째 공고</td></tr>
            </table>
            <p>after the table
            </body>
            """
        let document = try HTMLDocument(bytes: Array(page.utf8))
        let rows = try document.select("//table[@id='list']//tr")
        #expect(rows.count == 3)
        let cells = try rows.map { try $0.texts("./td") }
        #expect(cells == [["1", "첫 번째 공고"], ["2", "두 번째 공고"], ["3", "세 번째 공고"]])
        #expect(try document.text("//div[@class='board']/p") == "after the table")
    }

    @Test("&nbsp; and &amp; in a date range normalize to plain spaces")
    func entitiesInDates() throws {
        let document = try HTMLDocument(
            string: "<td class=\"date\">2026.03.02&nbsp;~&nbsp;2026.03.31</td><td class=\"org\">R&amp;D 사업</td>")
        #expect(try document.text("//td[@class='date']") == "2026.03.02 ~ 2026.03.31")
        let raw = try #require(try document.select("//td[@class='date']").first).rawText
        #expect(raw == "2026.03.02\u{00A0}~\u{00A0}2026.03.31")
        #expect(try document.text("//td[@class='org']") == "R&D 사업")
    }

    @Test("decimal and hexadecimal character references are decoded")
    func numericEntities() throws {
        let document = try HTMLDocument(string: "<p>&#44277;&#xACE0; &lt;&#39;b&#39;&gt; &quot;x&quot;</p>")
        #expect(try document.text("//p") == "공고 <'b'> \"x\"")
    }

    @Test("a fragment without <html> still gets a root element and text-only input parses")
    func fragments() throws {
        let fragment = try HTMLDocument(string: "<li>하나</li><li>둘</li>")
        #expect(fragment.root?.name == "html")
        #expect(try fragment.texts("//li") == ["하나", "둘"])
        let plain = try HTMLDocument(string: "just text")
        #expect(try plain.text("//body") == "just text")
    }

    @Test("text and rawText keep whitespace apart")
    func rawVersusNormalized() throws {
        let document = try HTMLDocument(string: "<a>\n   제목\t\t공고   </a>")
        let link = try #require(try document.select("//a").first)
        #expect(link.text == "제목 공고")
        #expect(link.rawText == "\n   제목\t\t공고   ")
    }
}
