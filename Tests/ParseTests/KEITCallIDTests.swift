import Testing

@testable import Parse

/// KEIT source ids (`<ancmId>-<bsnsYy>`) from the script calls both KEIT sites open their details with.
@Suite("KEIT: call ids")
struct KEITCallIDTests {
    @Test(
        "the onclick and href forms of the detail scripts give the same kind of id",
        arguments: [
            ("f_detail('I26077', '2026'); return false;", "I26077-2026"),
            ("javascript:f_detail('I21435','2026');", "I21435-2026"),
            ("f_detailPage('I26112','2026')", "I26112-2026"),
            ("javascript:f_detailPage(\"A00619\", \"2024\");", "A00619-2024"),
            (" f_detail( 'I13715' , '2025' ) ", "I13715-2025"),
        ])
    func scriptForms(script: String, expected: String) {
        #expect(KEITCallID(script: script)?.sourceID == expected)
    }

    @Test(
        "scripts that are not a detail call, or whose arguments are not an ancmId and a year, give no id",
        arguments: [
            "fn_egov_link_page(2); return false;",
            "f_detail('I26077'); return false;",
            "f_detail('2026', 'I26077');",
            "f_detail('', '2026');",
            "f_detail('I26077', '26');",
            "#",
        ])
    func rejected(script: String) {
        #expect(KEITCallID(script: script) == nil)
    }

    @Test("detail URLs carry both ids on the page's host")
    func detailURLs() throws {
        let call = try #require(KEITCallID(ancmID: "I26077", year: "2026"))
        #expect(
            KEITLinks.itechDetail(call, base: KEITTests.itechList)
                == "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026")
        #expect(
            KEITLinks.sromeDetail(call, base: KEITTests.sromeList) == KEITTests.sromeDetail("I26077"))
        #expect(
            KEITLinks.itechDetail(call, base: "file:///tmp/list.json")
                == "https://itech.keit.re.kr/bsnsancm/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026")
    }
}
