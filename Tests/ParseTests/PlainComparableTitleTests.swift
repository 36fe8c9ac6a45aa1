import Testing

@testable import Parse

/// The byte path of `MergeRules.comparableTitle` against the general one, on the titles real sites write and on
/// random strings of the characters the byte path takes (and of some it must hand over).
@Suite("Comparable titles: the byte path reads titles as the general path does")
struct PlainComparableTitleTests {
    @Test(
        "real titles",
        arguments: [
            "2027년도 반도체첨단산업기술개발 신규 지원대상 연구개발과제 공고_(2027)반도체",
            "2026년도 정보통신ㆍ방송 기술개발사업 신규지원 대상과제 공고",
            "[2차] 2026 년도 『AI·반도체』 {특별} <공모> \"재공고\" (딥테크트랙)",
            "2025 년도\t1차 국민생활안전 긴급대응연구사업 신규과제 공고 2025년도년도",
            "  ICT R&amp;D 혁신 바우처 지원사업  ",
        ])
    func realTitles(title: String) {
        #expect(MergeRules.comparableTitle(title) == MergeRules.generalComparableTitle(title))
    }

    @Test("random titles", arguments: [UInt64(1), 2, 3])
    func randomTitles(seed: UInt64) {
        let plain: [String] = [
            "년도", "년", "도", "2", "0", "2025", " ", "\t", "\n", "\u{7}", "_(", "_(2026)", ")", "(", "[", "]", "{", "}",
            "<", ">", "\"", "'", "`", "A", "z", "·", "ㆍ", "공고", "사업", "-", "~", ".", "\u{7F}", "R&D",
        ]
        let other: [String] = [
            "ＡＩ", "\u{3000}", "\u{00A0}", "「", "–", "&amp;", "\u{1100}\u{1161}", "é", "e\u{301}", "․",
        ]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var plainSeen = 0
        for _ in 0..<3_000 {
            let parts = (0..<next(12)).map { _ in next(10) == 0 ? other[next(other.count)] : plain[next(plain.count)] }
            let title = parts.joined()
            if MergeRules.plainComparableTitle(title) != nil { plainSeen += 1 }
            #expect(
                MergeRules.comparableTitle(title) == MergeRules.generalComparableTitle(title),
                "\(title.debugDescription)")
        }
        // The byte path was taken for most titles, and left the others to the general path.
        #expect(plainSeen > 1_000 && plainSeen < 3_000)
    }
}
