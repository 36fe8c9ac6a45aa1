import HTMLQuery
import Testing

@Suite("XPath queries, values and nodes")
struct XPathTests {
    private static let page = """
        <html><body>
        <table class="board"><thead><tr><th>번호</th><th>제목</th><th>기간</th></tr></thead>
        <tbody>
          <tr data-id="18835"><td>2</td>
              <td class="tit"><a href="#" onclick="f_detail('I18835','2026');return false;">AI 반도체 공고</a></td>
              <td>2026.03.02 ~ 2026.03.31</td></tr>
          <tr data-id="18836"><td>1</td>
              <td class="tit"><a href="javascript:goMove()" TITLE="IRIS">바이오 공고</a></td>
              <td>2026.04.01 ~ 2026.04.30</td></tr>
        </tbody></table>
        <div id="body"><p>첫 <b>굵게</b> 문단</p><!-- note --><p>둘째</p></div>
        </body></html>
        """

    private func document() throws -> HTMLDocument {
        try HTMLDocument(string: Self.page, url: "https://www.keit.re.kr/list")
    }

    @Test("a malformed expression throws XPathError with the expression and libxml2's message")
    func badExpression() throws {
        let document = try self.document()
        let error = #expect(throws: XPathError.self) { try document.select("//div[@class=") }
        #expect(error?.expression == "//div[@class=")
        #expect(error?.message.isEmpty == false)
        #expect(error?.description.contains("//div[@class=") == true)

        let unknown = #expect(throws: XPathError.self) { try document.evaluate("no-such-function(1)") }
        #expect(unknown?.message == "Unregistered function")

        let node = try #require(try document.select("//tr").first)
        #expect(throws: XPathError.self) { try node.texts(".//td[") }
    }

    /// The compiled-expression cache empties itself when three quarters full; what it compiled before and after
    /// must still evaluate right (the thread's cache is shared by every expression evaluated on it).
    @Test("thousands of distinct expressions on one thread all evaluate right, before and after the cache empties")
    func manyExpressions() throws {
        let document = try self.document()
        for round in 0..<2 {
            for number in 0..<2_000 {
                let expected = Double(number + 2 + round)
                #expect(try document.evaluate("count(//tbody/tr) + \(number + round)").numberValue == expected)
            }
            #expect(try document.select("//td[contains(@class,'tit')]//a").count == 2)
        }
    }

    @Test("select refuses scalar results instead of returning nothing")
    func selectOnScalar() throws {
        let error = #expect(throws: XPathError.self) { try self.document().select("count(//tr)") }
        #expect(error?.message.contains("number") == true)
    }

    @Test("evaluate returns numbers, strings and booleans")
    func scalarValues() throws {
        let document = try self.document()
        #expect(try document.evaluate("count(//tbody/tr)").numberValue == 2)
        #expect(
            try document.evaluate("string(//td[@class='tit']/a/@onclick)").stringValue
                == "f_detail('I18835','2026');return false;")
        #expect(try document.evaluate("boolean(//table[@class='board'])").booleanValue == true)
        #expect(try document.evaluate("boolean(//form)").booleanValue == false)
        #expect(try document.evaluate("//tbody/tr").nodeSet?.count == 2)
        #expect(try document.evaluate("count(//tr)").nodeSet == nil)
        #expect(try document.text("normalize-space(//tbody/tr[1]/td[3])") == "2026.03.02 ~ 2026.03.31")
    }

    @Test("attributes: single lookups, case-insensitive names, the whole map, attribute nodes")
    func attributes() throws {
        let document = try self.document()
        let link = try #require(try document.select("//tbody/tr[1]//a").first)
        #expect(link.attribute("onclick") == "f_detail('I18835','2026');return false;")
        #expect(link.attribute("missing") == nil)
        let iris = try #require(try document.select("//tbody/tr[2]//a").first)
        #expect(iris.attribute("title") == "IRIS")
        #expect(iris.attribute("TITLE") == "IRIS")
        #expect(iris.attributes == ["href": "javascript:goMove()", "title": "IRIS"])
        #expect(try document.texts("//tbody/tr/@data-id") == ["18835", "18836"])
        let attributeNode = try #require(try document.select("//tbody/tr[1]/@data-id").first)
        #expect(attributeNode.name == "data-id")
    }

    @Test("queries from a node are relative to it")
    func relativeQueries() throws {
        let document = try self.document()
        let rows = try document.select("//tbody/tr")
        #expect(rows.count == 2)
        let second = rows[1]
        #expect(try second.texts(".//td") == ["1", "바이오 공고", "2026.04.01 ~ 2026.04.30"])
        #expect(try second.text("td[@class='tit']/a") == "바이오 공고")
        #expect(try second.text("../tr[1]/td[1]") == "2")
        #expect(try second.select("//td").count == 6)  // an absolute path still searches the whole document
        #expect(try second.text(".//th") == nil)
    }

    @Test("element children, names and identity")
    func children() throws {
        let document = try self.document()
        let body = try #require(try document.select("//div[@id='body']").first)
        #expect(body.name == "div")
        #expect(body.children.map(\.name) == ["p", "p"])
        let firstParagraph = try document.select("//div[@id='body']/p[1]").first
        #expect(body.children.first == firstParagraph)
        #expect(body.children.first != body.children.last)
        #expect(body.text == "첫 굵게 문단둘째")
    }

    @Test("innerHTML and outerHTML serialize the recovered tree")
    func serialization() throws {
        let document = try self.document()
        let body = try #require(try document.select("//div[@id='body']").first)
        #expect(body.innerHTML == "<p>첫 <b>굵게</b> 문단</p><!-- note --><p>둘째</p>")
        #expect(body.outerHTML == "<div id=\"body\">" + body.innerHTML + "</div>")
        let broken = try HTMLDocument(string: "<ul><li>a<li>b &amp; c</ul>")
        let list = try #require(try broken.select("//ul").first)
        #expect(list.outerHTML == "<ul><li>a</li><li>b &amp; c</li></ul>")
    }

    @Test("nodes keep their document alive")
    func nodesOutliveDocumentReference() throws {
        var document: HTMLDocument? = try self.document()
        let rows = try document?.select("//tbody/tr") ?? []
        weak let weakDocument = document
        document = nil
        #expect(weakDocument != nil)
        #expect(rows.first?.text.hasPrefix("2 AI 반도체 공고") == true)
        #expect(rows.first?.document === weakDocument)
    }

    @Test("empty matches give nil and [] rather than errors")
    func emptyMatches() throws {
        let document = try self.document()
        #expect(try document.text("//form") == nil)
        #expect(try document.texts("//form") == [])
        #expect(try document.select("//form").isEmpty)
    }
}
