import Testing

@testable import HTMLQuery

@Suite("Encoding resolution")
struct EncodingTests {
    private let korean = "2026년도 중소기업 기술개발 지원사업 공고"
    private let titleXPath = "//td[@class='subject']/a"

    @Test("UTF-8 without any declaration is sniffed")
    func utf8Sniffed() throws {
        let document = try HTMLDocument(bytes: Array(TestBytes.listPage(title: korean).utf8))
        #expect(document.encoding == "UTF-8")
        #expect(document.encodingSource == .sniffed)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test("a UTF-8 BOM wins over a contradictory meta and is stripped")
    func utf8BOM() throws {
        let page = TestBytes.listPage(head: "<meta charset=\"euc-kr\">", title: korean)
        let document = try HTMLDocument(bytes: TestBytes.utf8BOM + Array(page.utf8), declaredCharset: "euc-kr")
        #expect(document.encoding == "UTF-8")
        #expect(document.encodingSource == .bom)
        #expect(try document.text(titleXPath) == korean)
        #expect(!(document.root?.rawText.unicodeScalars.contains("\u{FEFF}") ?? true))
    }

    @Test("a UTF-16LE BOM is honoured")
    func utf16BOM() throws {
        let bytes = try #require(TestBytes.encode(TestBytes.listPage(title: korean), as: "UTF-16LE"))
        let document = try HTMLDocument(bytes: [0xFF, 0xFE] + bytes)
        #expect(document.encoding == "UTF-16LE")
        #expect(document.encodingSource == .bom)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test("EUC-KR declared in <meta charset>")
    func metaCharset() throws {
        let bytes = TestBytes.cp949(TestBytes.listPage(head: "<meta charset=\"EUC-KR\">", title: korean))
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.encoding == "CP949")
        #expect(document.encodingSource == .metaTag)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test("EUC-KR declared only in <meta http-equiv=Content-Type>")
    func httpEquivMeta() throws {
        let head = "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=euc-kr\">"
        let document = try HTMLDocument(bytes: TestBytes.cp949(TestBytes.listPage(head: head, title: korean)))
        #expect(document.encoding == "CP949")
        #expect(document.encodingSource == .metaTag)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test(
        "EUC-KR only in the HTTP header, in the spellings servers send",
        arguments: ["EUC-KR", "euc-kr", "ks_c_5601-1987", "cp949", "x-windows-949", " \"EucKr\" "])
    func headerCharset(label: String) throws {
        let bytes = TestBytes.cp949(TestBytes.listPage(title: korean))
        let document = try HTMLDocument(bytes: bytes, declaredCharset: label)
        #expect(document.encoding == "CP949")
        #expect(document.encodingSource == .httpHeader)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test("CP949-only syllables (똠, 햏) decode although the page says EUC-KR")
    func cp949OnlySyllables() throws {
        let title = "똠방각하 햏 공고"
        // The premise: strict EUC-KR (KS X 1001) cannot encode these, CP949 can.
        #expect(TestBytes.encode("똠", as: "EUC-KR") == nil)
        #expect(TestBytes.encode("햏", as: "EUC-KR") == nil)
        #expect(TestBytes.cp949("똠") == [0x8C, 0x63])
        #expect(TestBytes.cp949("공고") == [0xB0, 0xF8, 0xB0, 0xED])
        let bytes = TestBytes.cp949(TestBytes.listPage(head: "<meta charset=euc-kr>", title: title))
        let document = try HTMLDocument(bytes: bytes, declaredCharset: "EUC-KR")
        #expect(document.encodingSource == .httpHeader)
        #expect(try document.text(titleXPath) == title)
    }

    @Test("undeclared CP949 is sniffed")
    func undeclaredCP949() throws {
        let document = try HTMLDocument(bytes: TestBytes.cp949(TestBytes.listPage(title: korean)))
        #expect(document.encoding == "CP949")
        #expect(document.encodingSource == .sniffed)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test("header says UTF-8 but the page is CP949")
    func wrongHeaderCharset() throws {
        let plain = TestBytes.cp949(TestBytes.listPage(title: korean))
        let sniffed = try HTMLDocument(bytes: plain, declaredCharset: "UTF-8")
        #expect(sniffed.encoding == "CP949")
        #expect(sniffed.encodingSource == .sniffed)
        #expect(try sniffed.text(titleXPath) == korean)

        let withMeta = TestBytes.cp949(TestBytes.listPage(head: "<meta charset=\"euc-kr\">", title: korean))
        let fromMeta = try HTMLDocument(bytes: withMeta, declaredCharset: "utf8")
        #expect(fromMeta.encodingSource == .metaTag)
        #expect(try fromMeta.text(titleXPath) == korean)
    }

    @Test("header says EUC-KR but the page is UTF-8")
    func legacyHeaderOnUTF8Page() throws {
        let document = try HTMLDocument(
            bytes: Array(TestBytes.listPage(title: "공고").utf8), declaredCharset: "euc-kr")
        #expect(document.encoding == "UTF-8")
        #expect(document.encodingSource == .sniffed)
        #expect(try document.text(titleXPath) == "공고")
    }

    @Test("a correct header beats a contradictory meta, and libxml2 does not re-decode")
    func contradictoryMeta() throws {
        let page = TestBytes.listPage(head: "<meta charset=\"euc-kr\">", title: korean)
        let document = try HTMLDocument(bytes: Array(page.utf8), declaredCharset: "UTF-8")
        #expect(document.encodingSource == .httpHeader)
        #expect(try document.text(titleXPath) == korean)
    }

    @Test("pure ASCII without declarations is UTF-8 by default; unknown labels are ignored")
    func asciiDefault() throws {
        let document = try HTMLDocument(bytes: Array("<p>Notice</p>".utf8), declaredCharset: "x-bogus-charset")
        #expect(document.encoding == "UTF-8")
        #expect(document.encodingSource == .default)
        #expect(try document.text("//p") == "Notice")
    }

    @Test("invalid bytes become U+FFFD instead of failing")
    func invalidBytesReplaced() throws {
        let bytes = TestBytes.cp949("<p>공고") + [0xFF] + TestBytes.cp949("사업</p>")
        let document = try HTMLDocument(bytes: bytes, declaredCharset: "euc-kr")
        #expect(document.encoding == "CP949")
        #expect(try document.text("//p") == "공고\u{FFFD}사업")
    }

    @Test("empty input throws emptyDocument")
    func emptyInput() {
        let url = "https://example.go.kr/list"
        let empty = #expect(throws: HTMLParseError.self) { try HTMLDocument(bytes: [], url: url) }
        #expect(empty?.code == .emptyDocument)
        #expect(empty?.url == url)
        #expect(empty?.description.contains("emptyDocument") == true)
        let bomOnly = #expect(throws: HTMLParseError.self) { try HTMLDocument(bytes: TestBytes.utf8BOM) }
        #expect(bomOnly?.code == .emptyDocument)
        let emptyString = #expect(throws: HTMLParseError.self) { try HTMLDocument(string: "") }
        #expect(emptyString?.code == .emptyDocument)
    }

    @Test("a missing legacy converter is reported, not turned into mojibake")
    func unsupportedFallback() {
        let bytes = TestBytes.cp949("<p>공고</p>")
        #expect(throws: CharsetResolver.Failure.self) {
            try CharsetResolver.resolve(bytes, declaredCharset: nil, legacyFallback: "X-NO-SUCH-CHARSET")
        }
        // Valid UTF-8 never needs the legacy converter.
        let utf8 = try? CharsetResolver.resolve(
            Array("<p>공고</p>".utf8), declaredCharset: nil, legacyFallback: "X-NO-SUCH-CHARSET")
        #expect(utf8?.encoding == "UTF-8")
    }

    @Test("init(string:) takes text as it is")
    func stringInit() throws {
        let document = try HTMLDocument(string: "<meta charset=euc-kr><p>공고&nbsp;안내</p>", url: "https://a.kr/")
        #expect(document.encoding == "UTF-8")
        #expect(document.encodingSource == .default)
        #expect(document.url == "https://a.kr/")
        #expect(try document.text("//p") == "공고 안내")
    }
}
