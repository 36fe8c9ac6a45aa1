import Foundation
import HTMLQuery
import Parse
import Testing

/// The two EUC-KR articles: A declares `euc-kr` in a `<meta>` and in the HTTP header, B only in the header. Both must
/// read the same with and without the header's charset; a wrong header that turns them into mojibake is refused.
@Suite("KIMST EUC-KR articles")
struct KIMSTEncodingTests {
    private let source = "kimst.notice.detail"
    private static let metaAndHeader = "153421765145981"
    private static let headerOnly = "153421765146297"

    private func parse(_ bno: String, charset: String?) throws -> Program {
        let page = try KIMSTFixture.page("notice/view-\(bno).html", url: KIMSTFixture.article(bno), charset: charset)
        return try #require(try KIMSTFixture.parse(page, source: source).programs.first)
    }

    @Test("the pages really are EUC-KR (not valid UTF-8), so these tests can fail")
    func bytesAreLegacy() throws {
        for bno in [Self.metaAndHeader, Self.headerOnly] {
            let bytes = try KIMSTFixture.bytes("notice/view-\(bno).html")
            #expect(String(bytes: bytes, encoding: .utf8) == nil)
        }
        let headerOnly = try KIMSTFixture.bytes("notice/view-\(Self.headerOnly).html")
        #expect(!String(decoding: headerOnly.prefix(2048), as: UTF8.self).lowercased().contains("charset"))
    }

    @Test("variant A (meta + header) reads the same with and without the header's charset")
    func metaAndHeader() throws {
        let withHeader = try parse(Self.metaAndHeader, charset: "EUC-KR")
        let withoutHeader = try parse(Self.metaAndHeader, charset: nil)
        #expect(withHeader.title == "선박평형수 처리기술 현장실증 지원사업 참여기관 모집")
        #expect(withHeader.bodyText?.contains("컨소시엄 구성 필수") == true)
        #expect(withoutHeader == withHeader)
        // The wrong-content scenario announces this page as UTF-8: the <meta> wins since the bytes are not UTF-8.
        #expect(try parse(Self.metaAndHeader, charset: "UTF-8") == withHeader)
    }

    @Test("variant B (header only) without the header: the bytes are sniffed as CP949, giving the same record")
    func headerOnly() throws {
        let withHeader = try parse(Self.headerOnly, charset: "EUC-KR")
        #expect(withHeader.title == "2027년도 해양수산연구개발사업 신규과제 통합 공고 사업설명회 개최 안내")
        let withoutHeader = try parse(Self.headerOnly, charset: nil)
        #expect(withoutHeader == withHeader)
        let document = try HTMLDocument(bytes: try KIMSTFixture.bytes("notice/view-\(Self.headerOnly).html"))
        #expect(document.encodingSource == .sniffed && document.encoding == "CP949")
    }

    @Test("a header that decodes the EUC-KR bytes as Latin-1 gives mojibake, which is refused as malformed")
    func wrongHeader() throws {
        for bno in [Self.headerOnly, Self.metaAndHeader] {
            let page = try KIMSTFixture.page(
                "notice/view-\(bno).html", url: KIMSTFixture.article(bno), charset: "ISO-8859-1")
            let failure = try KIMSTFixture.failure(page, source: source)
            #expect(failure.code == .malformed)
            #expect(failure.message.contains("charset"))
        }
    }

    @Test("the UTF-8 articles read the same with and without a declared charset")
    func utf8() throws {
        let withHeader = try parse("153421765146318", charset: "UTF-8")
        #expect(try parse("153421765146318", charset: nil) == withHeader)
        #expect(withHeader.title == "2027년 해양수산 현장맞춤형 기술사업화 기술수요조사 안내")
    }
}
