import Testing

@testable import Parse

@Suite("Eligibility: list joiners, the quick rejection")
struct EligibilityListJoinerTests {
    @Test("gaps built from joining words, their syllables and other text answer the same with and without it")
    func sameAnswers() {
        let pieces =
            EligibilityText.listJoiners + EligibilityText.listJoinerScalars.map { String($0) } + [
                " ", ",", "·", "(", ")", "대상", "기업", "a", "나\u{301}", "\u{1100}\u{1161}", "\u{1102}\u{1161}",
                "\u{1106}\u{1175}\u{11BE}", "이", "그리", "또",
            ]
        var generator = SystemRandomNumberGenerator()
        var joiners = 0
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let gap = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let quick = EligibilityText.isListJoiner(gap)
            #expect(quick == EligibilityText.isListJoiner(gap, byRemoval: true), "\(gap)")
            if quick { joiners += 1 }
        }
        #expect(joiners > 200)
    }
}
