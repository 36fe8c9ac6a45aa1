import Foundation
import Testing

@testable import Parse

@Suite("URLText: links made absolute")
struct URLTextTests {
    /// Every `href` and `src` written in the fixture pages and real captures, with the page's site as base.
    static func links() throws -> [(href: String, base: String)] {
        let sites = GoldenCorpus.fixtures.appendingPathComponent("sites")
        let hosts = try FileManager.default.contentsOfDirectory(atPath: sites.path).sorted()
        var links: [(String, String)] = []
        let attribute = #/(?:href|src)\s*=\s*"([^"]*)"/#
        for host in hosts {
            let folder = sites.appendingPathComponent(host)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".html") {
                let data = try Data(contentsOf: folder.appendingPathComponent(file))
                let text = String(decoding: data, as: UTF8.self)
                let base = "https://\(host)/board/\(file)"
                links += text.matches(of: attribute).map { (String($0.output.1), base) }
            }
        }
        return links
    }

    @Test("the plain fast path resolves exactly as Foundation does, on every link of the fixture sites")
    func fastPathAgreesWithFoundation() throws {
        let links = try Self.links()
        #expect(links.count > 500)
        var plain = 0
        for (href, base) in links {
            guard let fast = URLText.plainResolution(href, base: base) else { continue }
            plain += 1
            #expect(fast == URLText.foundationResolution(href, base: base), "\(href) against \(base)")
        }
        #expect(plain > links.count / 2, "the fast path should serve most links")
    }

    @Test(
        "what the fast path leaves to Foundation",
        arguments: [
            "view.do?id=1", "../list.do", "/a/./b", "/a/../b", "//cdn.example/x.js", "/파일.hwp", "/a b", "/a%zz",
            "HTTP://example.com/", "https:///path", "/x?q=<script>",
        ])
    func notPlain(href: String) {
        #expect(URLText.plainResolution(href, base: "https://www.iris.go.kr/contents/view.do") == nil)
    }

    @Test(
        "links resolve against the page",
        arguments: [
            (
                "/contents/view.do?ancmId=1&amp;x=2", "https://www.iris.go.kr/contents/list.do",
                "https://www.iris.go.kr/contents/view.do?ancmId=1&x=2"
            ),
            (
                "view.do?id=7", "https://www.kimst.re.kr/u/news/board.do?page=2",
                "https://www.kimst.re.kr/u/news/view.do?id=7"
            ),
            ("  https://ntis.go.kr/a  ", "https://www.iris.go.kr/", "https://ntis.go.kr/a"),
            ("javascript:goMove()", "https://www.iris.go.kr/", nil), ("#", "https://www.iris.go.kr/", nil),
        ] as [(String, String, String?)])
    func absolute(href: String, base: String, expected: String?) {
        #expect(URLText.absolute(href, base: base) == expected)
    }

    @Test(
        "percent-encoding agrees with Foundation's",
        arguments: ["I26077", "2026", "가나다 라", "a+b/c=d&e", "Zm9v+YmFy/==", "!*'()~._-", "", "％ \u{0}"])
    func percentEncoding(value: String) {
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        #expect(
            PercentEncoding.encode(value, keeping: PercentEncoding.unreserved)
                == value.addingPercentEncoding(withAllowedCharacters: unreserved))
        #expect(
            PercentEncoding.encode(value, keeping: PercentEncoding.uriComponent)
                == value.addingPercentEncoding(
                    withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: "!*'()"))))
    }

    @Test(
        "script links are told in any case, as lower-casing the whole link would",
        arguments: [
            ("javascript:void(0)", true), ("JavaScript:f_detail('1')", true), ("JAVASCRIPT:", true),
            ("javascript", false), ("/javascript:x", false), ("java script:", false), ("", false),
            ("javascrİpt:x", false),
        ])
    func scriptLinks(href: String, isScript: Bool) {
        #expect(URLText.isScript(href) == isScript)
        #expect(URLText.isScript(href) == href.lowercased().hasPrefix("javascript:"))
    }

    @Test("plain links are ASCII, URL punctuation and whole percent escapes")
    func plainLinks() {
        #expect(URLText.isPlain("/board/view.do?id=1&page=2#top"))
        #expect(URLText.isPlain("https://www.iris.go.kr/a%2Fb"))
        #expect(!URLText.isPlain("/a%2"))
        #expect(!URLText.isPlain("/공고"))
        #expect(!URLText.isPlain("/a b"))
        #expect(!URLText.isPlain("/a\"b"))
    }
}
