import Testing

@testable import HTMLQuery

@Suite("Block text: a subtree laid out as lines")
struct BlockTextTests {
    private func blockText(_ body: String) throws -> String {
        let document = try HTMLDocument(bytes: Array("<html><body><div id='x'>\(body)</div></body></html>".utf8))
        let node = try #require(try document.select("//div[@id='x']").first)
        return node.blockText
    }

    @Test(
        "blocks are lines, cells are words, inline tags vanish",
        arguments: [
            ("<p>첫째</p><p>둘째</p>", "첫째\n둘째"),
            ("줄<br>바꿈<br/>", "줄\n바꿈"),
            (
                "<table><tr><td>공고번호</td><td>제2025-<span>518</span>호</td></tr><tr><th>기간</th></tr></table>",
                "공고번호 제2025-518호\n기간"
            ),
            ("<ul><li>가</li><li>나 <b>다</b></li></ul>", "가\n나 다"),
            ("<div><div><p>  깊이   중첩된 </p></div></div>끝", "깊이 중첩된\n끝"),
        ])
    func layout(markup: String, expected: String) throws {
        #expect(try blockText(markup) == expected)
    }

    @Test("comments, scripts and styles leave nothing")
    func hiddenContent() throws {
        let markup = "앞<!-- {\"hwp\": 1} --><script>var a = '<p>x</p>';</script><style>p { color: red }</style>뒤"
        #expect(try blockText(markup) == "앞뒤")
    }

    @Test("every kind of whitespace collapses to one space; line feeds in text still break lines")
    func whitespace() throws {
        #expect(try blockText("가&nbsp;&nbsp;나\u{3000}다\t라\u{2003}마") == "가 나 다 라 마")
        #expect(try blockText("<pre>하나\n\n  둘</pre>") == "하나\n둘")
    }

    @Test("an empty subtree is empty text")
    func empty() throws {
        #expect(try blockText("<p> </p><br>") == "")
    }
}
