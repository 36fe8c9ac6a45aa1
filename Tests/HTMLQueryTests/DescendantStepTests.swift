import Foundation
import Testing

@testable import HTMLQuery

/// The facade compiles `//name[predicate]` as `/descendant::name[predicate]` when no predicate depends on position
/// (one walk of the document instead of two), and an opening `//name…` step as `cxml-within(/, 'name')…` (the
/// document's element index instead of a walk). These tests hold that rewrite to XPath's meaning: every selector the
/// agency files use, and forms chosen to tempt a wrong rewrite, select the same nodes rewritten as written.
@Suite("Descendant steps")
struct DescendantStepTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardized

    /// Forms where the rewrite would change the answer if made (positions, numbers) or where it is easy to misread
    /// an operator (`or`, `and` as element names), beside the plain forms it is made for.
    static let tricky = [
        "//li[1]", "//li[last()]", "//li[position() > 1]", "//li[2][a]", "//li[a][2]", "//*[1]", "//a[.5]",
        "//td[1 + 0]", "//td[count(a)]", "//div[string(@class)]", "//div[(@id)]", "//p[contains(., 'x')][1]",
        "//ul//li[1]", ".//li[1]", "//tr/td[1]", "(//tr)[1]//td[2]", "//li[ last() ]", "//li[position()=1 or a]",
        "//a[.]", "//div[not(a)]", "//li[a or b]", "//li[or]", "//li[and]", "//tr[td[1]]", "//ul//li[a]",
        "//*[@class]", "//div[@class]//span[@class]", "//td[. = '1' or 1]", "//td[count(a) > 0]",
        "//a[contains(@href, '//x[1]')]", "//table//tr[td]//td[1]", "//li[a]/following-sibling::li[1]",
        ".//a[contains(@onclick, 'form.tab')]/@onclick", "//th[normalize-space(.)='내용']/following-sibling::td[1]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' title ')][2]",
        // Steps read from the document's element index: whole paths, unions, positions after the step.
        "//*", " //li", "//li | //td[1]", "//td[1] | //li", "//text()", "//node()", "//comment()", "//li/..",
        "//form//input/@value", "//tr[td][td]", "//nosuchtag", "//a[@href]|//li", "(//li)[2]", "//li[a] | .//td",
        "//table//tr[2]", "//*[@id]/*[1]", "//ul[li]/li[last()]", "//li[count(//li) > 1]", "//html/body",
        "count(//li)", "//li[. = //td]", "//a[contains(., '|//b')]",
        // Later `//name` steps read from the index too (`cxml-within`): chains, classes, nesting of the same name,
        // steps after the chain, and forms that must stay walks (positions, axes, node tests).
        "//div//li", "//ul//li//a", "//li//li", "//div//div", "//*//li", "//div//*", "//body//*[@class]",
        "//div[@class]//a/@href", "//table//tr[td]//td", "//div[.//a]//span", "//div//a | //ul//li",
        "//div//text()", "//div//@class", "//ul//li/..", "//tr//td[. = //th]", "//div//li[a]//a[@href]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' view ')]//li",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' view ')]//li[contains(concat(' ', normalize-space(@class), ' '), ' on ')]",
        "//html//body//div//ul//li", "//div//li[2]", "//div[1]//li", "//div//li/following-sibling::li[1]",
        "count(//div//li)", "//div // li", "//nosuchtag//li", "//div//nosuchtag", "//div//ul[li]//li[not(a)]",
        // First predicates the index answers itself (attribute tests), and near misses it must leave to libxml2.
        "//div[contains(@class,'view')]", "//div[contains(@class, '')]", "//div[starts-with(@class,'')]",
        "//a[starts-with(@href, 'java')]", "//div[@id='wrap']", "//input[@type = \"hidden\"]", "//div[@class='']",
        "//div[contains(@CLASS,'a')]", "//div[contains(@class,'a') and @id]", "//div[contains(@class,\"it's\")]",
        "//div[ @id = 'container' ]", "//li[contains(@class,'on')]//a[starts-with(@href,'/')]", "//a[@href='#']",
        "//div[@id!='x']", "//div[contains(@data-x, 'y')]", "//div[contains(@xml:lang, 'ko')]", "//a[@href='#'][@id]",
        "//div[contains(@class,'a')][2]", "//ul[starts-with(@class,'b')]//li[@class='on']", "//*[@id='wrap']//*[@id]",
        "//div[contains(@class , 'view' )]", "//a[contains(@href,'Download')]", "//td[@class = 'subject']",
        "//script[contains(., 'function')]", "//td[contains(., '')]", "//*[contains( . , '공고')]",
        "//p[contains(.,'x')]",
        "//td[contains(.., '공고')]", "//td[contains(./a, '공고')]", "//li//a[contains(., '첨부')]",
        "//td[contains(.//a, 'x')]",
        // Label cells matched whatever their spaces (`BodyTables`), read in place.
        ".//*[self::td or self::th][translate(normalize-space(.), ' ', '')='공모유형']/following-sibling::*[1]",
        "//td[translate(normalize-space(.), ' ', '')='']", "//th[translate(normalize-space(.), ' ', '')='공고번호']",
        "//td[translate(normalize-space(.), ' ', '')='a b']", "//*[translate(normalize-space(.), ' ', '')='첨부파일']",
        "//p[translate(normalize-space(.), ' ', '')='공모유형' or translate(normalize-space(.), ' ', '')='기술분야']",
        "//td[translate(normalize-space(@class), ' ', '')='subject']",
        "//td[translate(normalize-space(..), ' ', '')='x']",
    ]

    /// The XPath-looking values of every agency file (`key = "…"` lines).
    static func agencyRules() throws -> [String] {
        let folder = root.appendingPathComponent("agencies")
        var rules: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".toml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let equals = line.firstIndex(of: "="), line.hasSuffix("\"") else { continue }
                let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                guard value.hasPrefix("\""), value.count > 2 else { continue }
                let rule = String(value.dropFirst().dropLast())
                if (rule.contains("/") || rule.contains("[")) && !rule.contains("://") { rules.append(rule) }
            }
        }
        return rules
    }

    static func pages() -> [URL] {
        let folder = root.appendingPathComponent("Fixtures")
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".html") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func same(_ lhs: XPathValue, _ rhs: XPathValue) -> Bool {
        switch (lhs, rhs) {
        case (.nodes(let a), .nodes(let b)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        default: return false
        }
    }

    @Test("agency selectors and tricky forms select the same nodes rewritten as written, on every fixture page")
    func sameNodes() throws {
        let expressions = try Self.agencyRules() + Self.tricky
        #expect(expressions.count > 80)
        var compared = 0
        var found = 0
        for page in Self.pages() {
            guard let document = try? HTMLDocument(bytes: [UInt8](try Data(contentsOf: page))) else { continue }
            let elements = try document.select("//*")
            // Relative selectors from the document and from a spread of elements; absolute ones from the document.
            let contexts = [nil] + stride(from: 0, to: elements.count, by: 7).map { elements[$0].raw }
            for expression in expressions {
                let relative = !expression.hasPrefix("/") && !expression.hasPrefix("(/")
                for context in relative ? contexts : [nil] {
                    let rewritten = try XPathEvaluation.evaluate(expression, in: document, context: context)
                    let written = try XPathEvaluation.evaluate(
                        expression, in: document, context: context, verbatim: true)
                    #expect(Self.same(rewritten, written), "\(expression) on \(page.lastPathComponent)")
                    compared += 1
                    if case .nodes(let nodes) = written, !nodes.isEmpty { found += 1 }
                }
            }
        }
        #expect(compared > 10_000)
        #expect(found > 1_000)
    }

    /// The comparisons above hold whether or not a rewrite is made; these hold that the rewrites are made.
    @Test(
        "the facade compiles the forms it reads faster as rewritten",
        arguments: [
            (
                "//div[contains(@class,'notice_view')]//h1[contains(@class,'ditail_tit')]",
                "cxml-within(cxml-within(/, 'div', 'c', 'class', 'notice_view'), 'h1', 'c', 'class', 'ditail_tit')"
            ),
            (
                "//div[contains(concat(' ', normalize-space(@class), ' '), ' view ')]//li[@id = \"x\"]/a",
                "cxml-within(cxml-within(/, 'div', '~', 'class', 'view'), 'li', '=', 'id', \"x\")/a"
            ),
            ("//script[contains(., 'blocked')]", "cxml-within(/, 'script', 't', '', 'blocked')"),
            ("//a[starts-with(@href, 'java')][b]", "cxml-within(/, 'a', 's', 'href', 'java')[b]"),
            ("//ul//li[a] | //p", "cxml-within(cxml-within(/, 'ul'), 'li')[a] | cxml-within(/, 'p')"),
            (
                ".//*[self::td or self::th][translate(normalize-space(.), ' ', '')='공모유형']",
                "./descendant::*[self::td or self::th][cxml-squeezed-equals(., '공모유형')]"
            ),
            ("//li[1]", "//li[1]"), ("//ul//li[2]", "cxml-within(/, 'ul')//li[2]"), (".//a[b]", "./descendant::a[b]"),
        ] as [(String, String)])
    func rewrites(expression: String, rewritten: String) {
        #expect(XPathEvaluation.rewritten(expression) == rewritten)
    }

    /// The tests the rewrites answer in place must meet pages where they hold, or the comparison above says little.
    @Test(
        "in-place tests find what they look for on the fixture pages",
        arguments: [
            ".//*[self::td or self::th][translate(normalize-space(.), ' ', '')='공모유형']",
            "//script[contains(., 'function')]", "//div[contains(@class,'notice_view')]//h1",
            "//form[@id='bsnsAncmBtinSituListForm']//input",
        ])
    func inPlaceTestsMatch(expression: String) throws {
        var matched = 0
        for page in Self.pages() {
            guard let document = try? HTMLDocument(bytes: [UInt8](try Data(contentsOf: page))) else { continue }
            let rewritten = try XPathEvaluation.evaluate(expression, in: document, context: nil)
            let written = try XPathEvaluation.evaluate(expression, in: document, context: nil, verbatim: true)
            #expect(Self.same(rewritten, written), "\(expression) on \(page.lastPathComponent)")
            if case .nodes(let nodes) = written, !nodes.isEmpty { matched += 1 }
        }
        #expect(matched > 0)
    }
}
