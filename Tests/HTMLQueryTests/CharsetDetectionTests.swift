import Testing

@testable import HTMLQuery

@Suite("Charset labels and the <meta> prescan")
struct CharsetDetectionTests {
    @Test(
        "meta declarations are found in the forms pages use",
        arguments: [
            ("<meta charset=\"euc-kr\">", "euc-kr"),
            ("<META CHARSET=EUC-KR>", "euc-kr"),
            ("<meta charset='utf-8' />", "utf-8"),
            ("<meta http-equiv='Content-Type' content='text/html;charset=ks_c_5601-1987'>", "ks_c_5601-1987"),
            ("<meta\ncontent=\"text/html; charset = cp949\" http-equiv=\"content-type\">", "cp949"),
            ("<!-- <meta charset=\"utf-8\"> --><meta charset=\"euc-kr\">", "euc-kr"),
        ])
    func metaForms(markup: String, expected: String) {
        let bytes = Array("<html><head>\(markup)</head></html>".utf8)
        #expect(MetaCharsetScanner.declaredLabel(in: bytes) == expected)
    }

    @Test("no declaration, a commented-out one, <metadata>, or one past 4 KB yields nothing")
    func noDeclaration() {
        #expect(MetaCharsetScanner.declaredLabel(in: Array("<meta name=\"x\" content=\"y\">".utf8)) == nil)
        #expect(MetaCharsetScanner.declaredLabel(in: Array("<!-- <meta charset=euc-kr> -->".utf8)) == nil)
        #expect(MetaCharsetScanner.declaredLabel(in: Array("<metadata charset=euc-kr>".utf8)) == nil)
        let late = String(repeating: " ", count: 4096) + "<meta charset=euc-kr>"
        #expect(MetaCharsetScanner.declaredLabel(in: Array(late.utf8)) == nil)
    }

    @Test(
        "labels map to converter names; EUC-KR family becomes CP949",
        arguments: [
            ("EUC-KR", "CP949"), ("euc-kr", "CP949"), ("ks_c_5601-1987", "CP949"), ("cp949", "CP949"),
            ("x-windows-949", "CP949"), ("utf8", "UTF-8"), ("UTF-8", "UTF-8"), ("iso-8859-1", "WINDOWS-1252"),
            ("Shift_JIS", "SHIFT_JIS"),
        ])
    func labels(label: String, expected: String) {
        #expect(CharsetLabel.canonicalName(label, origin: .httpHeader) == expected)
    }

    @Test("implausible labels are rejected and a meta may not claim UTF-16")
    func labelEdgeCases() {
        #expect(CharsetLabel.canonicalName("", origin: .httpHeader) == nil)
        #expect(CharsetLabel.canonicalName("utf-8//IGNORE", origin: .httpHeader) == nil)
        #expect(CharsetLabel.canonicalName("utf-16", origin: .metaTag) == "UTF-8")
        #expect(CharsetLabel.canonicalName("utf-16", origin: .httpHeader) == "UTF-16LE")
    }

    @Test("whitespace normalization collapses NBSP, ideographic space and line breaks")
    func whitespace() {
        #expect(WhitespaceNormalization.normalize("  a\u{00A0}\u{00A0}~\t\n b\u{3000}c \u{FEFF}") == "a ~ b c")
        #expect(WhitespaceNormalization.normalize("\u{00A0}\n ") == "")
        #expect(WhitespaceNormalization.normalize("공고") == "공고")
    }
}
