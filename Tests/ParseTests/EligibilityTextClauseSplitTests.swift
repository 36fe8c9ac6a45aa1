import Testing

@testable import Parse

/// The clause split read from UTF-8 bytes (single-scalar texts) against the `Character` path, which is the
/// definition: same clause texts, same sections, over every golden page and over texts made to hit each rule.
struct EligibilityTextClauseSplitTests {
    static func split(_ text: String, characterByCharacter: Bool) -> [String] {
        EligibilityText.clauses(of: text, scope: .body, characterByCharacter: characterByCharacter).map { clause in
            "\(clause.section.map(\.rawValue) ?? "-")|\(clause.text)"
        }
    }

    static let made = [
        "□ 지원대상\n○ 중소기업  및\u{3000}중견기업\r\n ※ 대기업은 참여기관으로만 참여 가능",
        "1. 지원대상 : 중소기업 2. 접수기간 : 2026. 1. 5. ~ 2026. 2. 3.  3) 문의처 : 전화",
        "신청할 수 있습니다. 단독 신청 가능함. 다음 문장임.끝 2026. 11. 3. 1.5배",
        "\u{00A0}\u{2003}앞뒤 공백\u{205F}\u{202F} \u{2028}다음 줄\u{2029}또\u{0085}또\u{000B}또\u{000C}",
        "지원 규모 ▶ 과제당 5억원 ◦ 기간 12개월 • 끝 ●  ◎ ◯ ▷ Ⅲ. 신청자격 ■ 예산 ◆ ◇ 항목",
        "가. 나 1) (주관기관) 중소기업 12. 3 7. (예시) 99. 다 123. 라 1.\t가능 1.\u{3000}２ 1. ",
        "ASCII only: 1. Eligibility 2) SMEs. Done. 3. x",
        "", "\n\n\r\n", "   ", "○", "다. 다.", "함.\u{3000}음. 임.\n됨. 끝.",
    ]

    @Test func bytesSplitLikeCharacters() {
        for text in Self.made {
            #expect(text.hasSingleScalarCharacters, "\(text.debugDescription) is not a byte-path text")
            #expect(
                Self.split(text, characterByCharacter: false) == Self.split(text, characterByCharacter: true),
                "\(text.debugDescription)")
        }
    }

    @Test(arguments: EligibilityGoldenPage.all)
    func goldenPageSplitsAlike(page: EligibilityGoldenPage) {
        let fast = Self.split(page.text, characterByCharacter: false)
        #expect(fast == Self.split(page.text, characterByCharacter: true))
        #expect(!fast.isEmpty)
    }

    /// A text the byte path must not take (a combining mark) still splits, the `Character` way.
    @Test func otherTextsSplitByCharacter() {
        let text = "○ 중소기업\u{301} 및 대학\n2. 신청자격 : 누구나"
        #expect(!text.hasSingleScalarCharacters)
        #expect(Self.split(text, characterByCharacter: false) == ["-|○ 중소기업\u{301} 및 대학", "applicant|2. 신청자격 : 누구나"])
    }
}

/// Law and program names blanked scalar by scalar, against the `Character` path.
struct EligibilityTextBlankingTests {
    static let made = [
        "「중소기업기본법」 제2조에 따른 중소기업", "『산업기술혁신 촉진법』「산업」 및 「중첩 「안쪽」 바깥」 끝」」",
        "「열린 채로 끝", "」 닫힘만 「", "", "「」", "a「b\r\nc」d", "「e\u{301}」 가",
    ]

    @Test(
        arguments: made
            + EligibilityGoldenPage.all.flatMap { page in
                page.text.split(separator: "\n").map(String.init).filter { $0.contains("「") || $0.contains("『") }
            })
    func scalarsBlankLikeCharacters(text: String) {
        let fast = EligibilityText.blankingNames(text)
        #expect(fast == EligibilityText.blankingNames(text, characterByCharacter: true))
        #expect(fast.count == text.count)
    }

    @Test func blanksInsideOnly() {
        #expect(EligibilityText.blankingNames("「중소기업기본법」 중소기업") == "「       」 중소기업")
    }
}

/// Bullets and numbering taken off a clause, whatever it opens with.
struct EligibilityTextMarkerTests {
    @Test(arguments: [
        ("(주관기관) 중소기업", "none", "(주관기관) 중소기업"), ("지원대상", "none", "지원대상"),
        ("- 중소기업", "item", "중소기업"), ("* 참고", "item", "참고"), ("+ 추가", "item", "추가"),
        ("○ 대학", "item", "대학"), ("\u{0387} 대학", "item", "대학"), (" ○ 대학", "item", "대학"),
        ("1. 지원대상", "top", "지원대상"), ("12) 신청자격", "top", "신청자격"), ("Ⅲ. 신청자격", "top", "신청자격"),
        ("□ 지원내용", "top", "지원내용"), ("2026. 1. 5.", "none", "2026. 1. 5."), ("1.5배", "none", "1.5배"),
        ("[지원대상] 중소기업", "none", "[지원대상] 중소기업"), ("", "none", ""), ("e\u{301}", "none", "e\u{301}"),
    ])
    func marker(clause: String, marker: String, body: String) {
        let (found, rest) = EligibilityText.strippingMarker(Substring(clause))
        let name =
            switch found {
            case .top: "top"
            case .item: "item"
            case .none: "none"
            }
        #expect(name == marker)
        #expect(rest == body)
    }
}
