import Foundation
import Testing

@testable import Parse

/// `IRISDetailParser.inquiryEmail` reads plain texts byte by byte; Foundation's search and `emailPattern` are the
/// definition it must agree with.
@Suite("IRIS contact e-mail: the byte path")
struct IRISInquiryEmailTests {
    static let pieces = [
        "문의", "문의처", "\n", "\r\n", " ", "a", "Z", "9", ".", "-", "_", "%", "+", "@", "@@", "..", "kr", "co.kr",
        "가", "é", ":", "(", "iitp", "x.y", "-.", ".-", "\t", "담당", "hong@", "@iitp", ".go.kr", "a@b.kr", "@x",
    ]

    @Test("random texts built from the pattern's characters, separators and Hangul")
    func randomTexts() {
        var generator = SystemRandomNumberGenerator()
        var texts = [
            "", "문의", "문의 a@b", "문의 a@b.", "문의 a@b.c", "x@y.z\n문의 : syyoon@iitp.kr", "담당 : a@b.kr",
            "문의처\n담당자 홍길동 (hong.gd@iitp.kr, 02-000-0000)", "문의 @a.kr a@.kr a@b..kr a@-b.kr.", "문의 %+@a-b.c-d.e",
        ]
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...16, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            // Half with a 문의 line up front, so that the address reading itself is compared often.
            texts.append(Bool.random(using: &generator) ? "문의 " + text : text)
        }
        var found = 0
        for text in texts {
            let fast = IRISDetailParser.inquiryEmail(in: text)
            #expect(fast == IRISDetailParser.inquiryEmail(in: text, byFoundation: true), "\(text)")
            if fast != nil { found += 1 }
        }
        #expect(found > 200)
    }

    @Test("the bodies of the IRIS fixture pages")
    func fixtureBodies() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/sites/www.iris.go.kr/pages/detail").standardized
        var source = try IRISPages.source("iris.detail")
        source.filterToOurAgencies = false
        var bodies = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".html") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let url = IRISPages.detail + "?ancmId=\(name.dropLast(5))&ancmPrg=ancmIng"
            guard let result = try? IRISDetailParser().parse(FetchedPage(url: url, bytes: bytes), source: source),
                let body = result.programs.first?.bodyText
            else { continue }
            bodies += 1
            #expect(
                IRISDetailParser.inquiryEmail(in: body) == IRISDetailParser.inquiryEmail(in: body, byFoundation: true),
                "\(name)")
        }
        #expect(bodies > 5)
    }
}
