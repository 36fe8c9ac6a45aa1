import Foundation
import Testing

@testable import Parse

/// Titles cleaned, never cut; and the form the merge rules compare.
@Suite("TitleText")
struct TitleTextTests {
    /// The original normalizer erased everything after "20xx"; every word must survive here.
    @Test(arguments: [
        "2026년도 AI 기반 주파수 간섭분석 및 전파예측기술 개발사업 신규지원 대상과제 공고",
        "2027년도 AI 기반 주파수 간섭분석 및 전파예측기술 개발사업 신규지원 대상과제 공고",
        "(연장공고) 2025년도 양자과학기술 플래그십 프로젝트(양자통신·센서) 사업 신규지원 대상과제 공고",
        "2026년 팁스(TIPS) 창업기업 지원계획 수정 공고(딥테크트랙)",
        "2025년 농업연구개발사업 5차공모_(2025)스마트농업기술개발",
    ])
    func keepsWholeTitle(_ title: String) {
        #expect(TitleText.clean(title) == title)
    }

    @Test(arguments: [
        ("2026년도 R&amp;D 사업 공고", "2026년도 R&D 사업 공고"),
        (
            "2026년도 중소기업기술혁신개발사업 &#39;시장대응형(소부장)&#39; 하반기 시행계획 공고",
            "2026년도 중소기업기술혁신개발사업 '시장대응형(소부장)' 하반기 시행계획 공고"
        ),
        ("AI&nbsp;응용제품&nbsp;&nbsp;신속 상용화", "AI 응용제품 신속 상용화"),
        ("&#x300C;2026 스마트공장&#x300D; 모집", "「2026 스마트공장」 모집"),
        ("&lt;2026&gt; 투&middot;융자 연계", "<2026> 투·융자 연계"),
        ("R&amp;amp;D &amp;#39;이어달리기&amp;#39;", "R&D '이어달리기'"),
        ("R&D 사업 & 과제 &unknown; &#;", "R&D 사업 & 과제 &unknown; &#;"),
        ("  2026년도\u{00A0}\u{3000}AI\u{200B}혁신\u{FEFF} 공고\n\t(수정) ", "2026년도 AI혁신 공고 (수정)"),
        ("2026년도 대상과제  연장공고", "2026년도 대상과제 연장공고"),
    ])
    func cleans(_ raw: String, _ expected: String) {
        #expect(TitleText.clean(raw) == expected)
    }

    /// Titles two sources write differently compare equal.
    @Test(arguments: [
        ("정보통신·방송 기술개발사업", "정보통신ㆍ방송 기술개발사업"),
        ("정보통신․방송(ICT) 분야", "정보통신·방송 (ICT) 분야"),
        ("2026년도 『인공지능 챔피언(AI Champion)』대회 공고", "2026년도 「인공지능 챔피언 (AI Champion)」 대회 공고"),
        ("ＡＩ 응용제품（수정）", "AI 응용제품(수정)"),
        ("[중요] 보안권고 안내", "(중요) 보안권고 안내"),
        ("2026년도 투·융자 연계 기술개발사업", "2026년도 투융자 연계 기술개발사업"),
        ("2026년 팁스(TIPS) 창업기업", "2026년 팁스(tips) 창업기업"),
        ("기업은행–KIMST 상생형", "기업은행-KIMST 상생형"),
        ("2026년도 R&amp;D 공고", "2026년도 R&D 공고"),
    ])
    func sameTitleMatches(_ one: String, _ other: String) {
        #expect(TitleText.normalizedForMatching(one) == TitleText.normalizedForMatching(other))
    }

    /// What tells two calls apart stays: the track, the round, the year.
    @Test(arguments: [
        ("2026년 팁스(TIPS) 창업기업 지원계획 수정 공고(딥테크트랙)", "2026년 팁스(TIPS) 창업기업 지원계획 수정 공고(일반트랙)"),
        ("2026년도 제1차 로봇산업기술개발사업 신규지원 대상과제 공고", "2026년도 제2차 로봇산업기술개발사업 신규지원 대상과제 공고"),
        ("2026년도 AI 기반 주파수 간섭분석 신규지원 대상과제 공고", "2027년도 AI 기반 주파수 간섭분석 신규지원 대상과제 공고"),
        ("글로벌선도기술개발(이어달리기) 시행계획 공고", "글로벌선도기술개발(함께달리기) 시행계획 공고"),
    ])
    func differentCallsStayApart(_ one: String, _ other: String) {
        #expect(TitleText.normalizedForMatching(one) != TitleText.normalizedForMatching(other))
    }

    @Test func matchingFormIsCompact() {
        #expect(
            TitleText.normalizedForMatching(" 2026년 팁스(TIPS) 창업기업 지원계획 수정 공고 【딥테크트랙】 ")
                == "2026년팁스(tips)창업기업지원계획수정공고(딥테크트랙)")
    }
}

@Suite("Matching form: the ASCII and Hangul fast path")
struct TitleMatchingFastPathTests {
    /// Every string value under a "title" key in the fixture records (golden programs and the duplicate groups).
    static let fixtureTitles: [String] = {
        var titles: [String] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if key == "title", let title = child as? String { titles.append(title) } else { collect(child) }
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        let fixtures = GoldenCorpus.fixtures
        let enumerator = FileManager.default.enumerator(atPath: fixtures.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".json"), path.hasPrefix("golden/") || path.hasPrefix("duplicates/"),
                let data = try? Data(contentsOf: fixtures.appendingPathComponent(path)),
                let json = try? JSONSerialization.jsonObject(with: data)
            else { continue }
            collect(json)
        }
        return titles
    }()

    @Test("the fixtures' titles fold the same through the fast path as through NFKC")
    func fixtureTitlesAgree() throws {
        try #require(Self.fixtureTitles.count > 100)
        var fast = 0
        for title in Self.fixtureTitles {
            let cleaned = TitleText.clean(title)
            guard let quick = TitleText.asciiAndHangulForMatching(cleaned) else { continue }
            fast += 1
            #expect(quick == TitleText.foldedForMatching(cleaned), "\(title)")
        }
        // Most titles take the fast path, or it would not be worth having.
        #expect(fast * 2 > Self.fixtureTitles.count)
    }

    @Test("every ASCII character, middle dot and a spread of Hangul folds the same both ways, alone and in a title")
    func everyFastCharacterAgrees() {
        let scalars =
            (0x20...0x7E).compactMap(Unicode.Scalar.init) + TitleText.middleDots.compactMap(Unicode.Scalar.init)
            + stride(from: 0xAC00, through: 0xD7A3, by: 97).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for text in [String(Character(scalar)), "공고 \(Character(scalar))x\(Character(scalar)) 2026"] {
                let cleaned = TitleText.clean(text)
                #expect(TitleText.asciiAndHangulForMatching(cleaned) == TitleText.foldedForMatching(cleaned), "\(text)")
            }
        }
        #expect(TitleText.asciiAndHangulForMatching("ＡＩ 공고") == nil)
    }
}
