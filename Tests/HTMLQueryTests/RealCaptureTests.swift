import Foundation
import HTMLQuery
import Testing

/// Pages captured from the agencies' real sites, kept unmodified in Fixtures/real (see its README).
@Suite("Real captures")
struct RealCaptureTests {
    private static func capture(_ name: String) throws -> [UInt8] {
        let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let file = testsDirectory.appendingPathComponent("../../Fixtures/real/\(name)").standardized
        return [UInt8](try Data(contentsOf: file))
    }

    @Test("the TIPA notice list (UTF-8 with BOM) has 10 rows with titles, links and dates")
    func tipaNoticeList() throws {
        let bytes = try Self.capture("tipa-notice-list-page1.html")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let document = try HTMLDocument(
            bytes: bytes, url: "https://www.tipa.or.kr/s040101/index/page/1", declaredCharset: "UTF-8")
        #expect(document.encodingSource == .bom)

        let rows = try document.select("//table[contains(@class,'basic_table')]/tbody/tr")
        #expect(rows.count == 10)
        let titles = try rows.map { try $0.text("td[@class='subject']/a") ?? "" }
        #expect(titles.allSatisfy { !$0.isEmpty })
        #expect(titles.first == "「2026 스마트공장 지원사업 우수사례 컨소시엄 선정」 참가기업 모집 공고")
        #expect(titles.dropFirst().first == "2026년 중소기업 R&D 우수성과 50선 모집 공고")

        let first = rows[0]
        let link = try #require(try first.select("td[@class='subject']/a").first)
        #expect(link.attribute("href") == "/s040101/view/page/1/id/17537")
        #expect(try first.text("td[1]") == "1858")
        #expect(try first.text("td[last()]") == "2026.07.06")
        #expect(try document.evaluate("count(//table[contains(@class,'basic_table')]/thead/tr/th)").numberValue == 6)
    }
}
