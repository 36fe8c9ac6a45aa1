import Testing

@testable import Parse

/// 공고번호 in every form SITES.md §8 and the real IRIS list show.
@Suite("AnnouncementNumber")
struct AnnouncementNumberTests {
    @Test(arguments: [
        ("과학기술정보통신부 공고 제2026-0876호", "과학기술정보통신부 공고 제2026-0876호"),
        ("산업통상부 공고 제2026-549호", "산업통상부 공고 제2026-549호"),
        ("중소벤처기업부 공고 제2026-446호", "중소벤처기업부 공고 제2026-446호"),
        ("중소벤처기업부공고제2023-409호", "중소벤처기업부공고제2023-409호"),
        ("중소벤처기업부 제2026 -188호", "중소벤처기업부 제2026 -188호"),
        ("해양수산부 공고 제2026-1164호", "해양수산부 공고 제2026-1164호"),
        ("제2023-438호", "제2023-438호"),
        ("II_2025_003", "II_2025_003"), ("TI_2026_004", "TI_2026_004"), ("KT_2026_008", "KT_2026_008"),
        ("NR_2026_085", "NR_2026_085"),
        ("중소벤처기업부공고-제2024-98호", "중소벤처기업부공고-제2024-98호"),
        ("중소벤처기업부공고제2023-00호", "중소벤처기업부공고제2023-00호"),
        ("기술협력실-1", "기술협력실-1"),
        // Whitespace runs collapse, ends are trimmed, no-break and ideographic spaces count as spaces.
        ("  산업통상부   공고\n제2026-549호 ", "산업통상부 공고 제2026-549호"),
        ("해양수산부\u{00A0}공고\u{3000}제2026-1164호", "해양수산부 공고 제2026-1164호"),
        ("중소벤처기업부 공고 제2026-401\t", "중소벤처기업부 공고 제2026-401"),
    ])
    func keepsNumberAsWritten(_ raw: String, _ expected: String) {
        #expect(AnnouncementNumber.normalize(raw) == expected)
    }

    @Test(arguments: [
        "0", "00", "-", "--", "", "   ", "테스트 번호", "해당없음(신속대응R&D)", "해당없음", "해당 없음", "—", "N/A", "미정",
    ])
    func fillerIsNil(_ raw: String) {
        #expect(AnnouncementNumber.normalize(raw) == nil)
    }

    @Test func absentIsNil() {
        #expect(AnnouncementNumber.normalize(nil) == nil)
    }

    @Test(arguments: [
        ("산업통상자원부 공고 제2025-518호 2025년도 농업기계 디지털전환향 개방형 A-SW", "산업통상자원부 공고 제2025-518호"),
        ("공고번호: 중소벤처기업부공고제2023-409호 (2023.06.01)", "중소벤처기업부공고제2023-409호"),
        ("해양수산과학기술진흥원 공고 제2026-181호\n2026년도 하반기 해양수산신기술(NET) 인증 결과", "해양수산과학기술진흥원 공고 제2026-181호"),
        ("해양수산부 공고 제2026-1276호 예비오션스타 모집", "해양수산부 공고 제2026-1276호"),
        ("다음과 같이 공고합니다.\n중소벤처기업부 공고\n제 2026 - 702 호", "중소벤처기업부 공고 제 2026 - 702 호"),
        ("접수: 중소벤처기업부 제2026 -188호 참조", "중소벤처기업부 제2026 -188호"),
        (
            "「국가연구개발혁신법」 제9조 및 관련 고시 제2026-1호에 따라 과학기술정보통신부 공고 제2026-1482호로 공고",
            "과학기술정보통신부 공고 제2026-1482호"
        ),
    ])
    func findsNumberInBody(_ body: String, _ expected: String) {
        #expect(AnnouncementNumber.find(in: body) == expected)
    }

    @Test(arguments: [
        "2026년도 신규지원 대상과제를 다음과 같이 공고합니다.", "관련 고시 제2026-1호에 따라", "제2026-0876호", "공고 제26-1호", "",
    ])
    func findsNothing(_ body: String) {
        #expect(AnnouncementNumber.find(in: body) == nil)
    }

    /// The quick rejection never rejects a body the full reading finds a number in, and does reject plain bodies.
    @Test(arguments: [
        ("중소벤처기업부 공고 제2026-188호", true), ("공고 제\u{3000}2026 - 5호", true), ("제 2026-1호", true),
        ("서류 제출 및 참여 제한", false), ("제", false), ("공고 제２０２６-1호", false), ("", false),
    ])
    func quickRejection(body: String, mayHold: Bool) {
        #expect(AnnouncementNumber.mayHoldNumber(body) == mayHold)
        if AnnouncementNumber.find(in: body) != nil { #expect(AnnouncementNumber.mayHoldNumber(body)) }
    }

    /// Filler judged alike whether the value is read byte for byte or, spelled with decomposed jamo, by characters.
    @Test(arguments: [
        ("0", true), ("- -", true), ("해당 없음(신속대응R&D)", true), ("N/A", true), ("테스트 번호", true),
        ("TEST", true), ("contest-2026", false), ("II_2025_003", false), ("제2026-1호", false),
        ("\u{1110}\u{1166}\u{1109}\u{1173}\u{1110}\u{1173} 번호", true), ("e\u{301} 0", false),
    ])
    func filler(written: String, isFiller: Bool) {
        #expect(AnnouncementNumber.isFiller(written) == isFiller)
    }
}
