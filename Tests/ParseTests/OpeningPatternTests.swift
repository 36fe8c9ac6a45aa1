import Testing

@testable import Parse

/// Each eligibility pattern tried from its opening words finds what its regex finds by searching everywhere.
struct OpeningPatternTests {
    static let patterns: [(String, OpeningPattern)] =
        [
            ("foundingAge", EligibilityPatterns.foundingAge), ("exclusion", EligibilityPatterns.exclusion),
            ("asPartner", EligibilityPatterns.asPartner), ("asParticipant", EligibilityPatterns.asParticipant),
            ("asApplicant", EligibilityPatterns.asApplicant), ("leadWord", EligibilityPatterns.leadWord),
            ("participantWord", EligibilityPatterns.participantWord), ("partnerWord", EligibilityPatterns.partnerWord),
            ("venueOrContact", EligibilityPatterns.venueOrContact),
            ("outsideCapitalArea", EligibilityPatterns.outsideCapitalArea),
        ] + (EligibilityText.notRequiredPatterns + EligibilityText.requiredPatterns).map { ("consortium", $0.pattern) }

    static let made = [
        "창업 7년 이내 창업후3년미만 업력 123년 이내, 설립 이후 5 년 이하 창업력 2년 이내",
        "대기업은 신청 제외, 참여 제한, 참여가 제한됨, 지원하지 않음, 신청할 수 없음, 배제 불가 제한 대상",
        "수요기업으로 참여, 수요처로, 공동연구개발기관으로, 참여연구기관으로, 위탁연구기관 로 협동기관으로",
        "주관연구개발기관으로 주관기업인 경우 주관기관만 주관 기관으로",
        "설명회 개최 (우 06130) 서울 본원 대표전화 문의 팩스 ( 12345 ) 오시는 길",
        "수도권 외 지역, 수도권을 제외한, 비수도권, 지방 소재 기업, 수도권 이외",
        "", "제외제외제외", "참여참여기관으로", "(1234) (우12345)",
        "컨소시엄구성필수 컨소시엄은필수가아님 단독또는컨소시엄 단독신청가능 단독신청불가 산학연컨소시엄을구성",
        "공동연구기관1개이상 참여기관과의컨소시엄구성필수 컨소시엄형태로만신청 컨소시엄을구성하여 공동기관없이",
    ]

    static let texts: [String] =
        made
        + EligibilityGoldenPage.all.flatMap { page in
            page.text.split(separator: "\n").map(String.init)
        }

    @Test func openingsFindWhatTheRegexFinds() {
        var found = 0
        for (name, pattern) in Self.patterns {
            for text in Self.texts + Self.texts.map({ $0.removingWhitespace() }) {
                let expected = text.matches(of: pattern.regex).map(\.range)
                #expect(pattern.ranges(in: text) == expected, "\(name) in \(text)")
                #expect(pattern.occurs(in: text) == !expected.isEmpty, "\(name) in \(text)")
                found += expected.count
            }
        }
        #expect(found > 100)
    }

    /// A text with a combining mark goes to the regex whole (its words may be spelled otherwise).
    @Test func otherTextsUseTheRegex() {
        let text = "e\u{301} 창업 3년 이내"
        #expect(!text.hasSingleScalarCharacters)
        #expect(EligibilityPatterns.foundingAge.ranges(in: text).count == 1)
    }
}
