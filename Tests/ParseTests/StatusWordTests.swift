import Parse
import Testing

/// The status words of IRIS, S-Rome and NTIS, and D-day counters.
@Suite("StatusWord")
struct StatusWordTests {
    @Test(arguments: [
        // IRIS
        ("공고예고", ProgramStatus.upcoming), ("공고접수중", .open), ("공고마감", .closed), ("진행중", .open),
        // S-Rome badges
        ("접수중", .open), ("접수예정", .upcoming), ("접수마감", .closed), ("종료", .closed),
        // NTIS 현황
        ("마감", .closed),
        // D-day counters: still open.
        ("D-5", .open), (" D - 9 ", .open), ("D-day", .open), ("D-DAY", .open), ("D-0", .open), ("d-12", .open),
        ("D+3", .closed),
        // Spacing and no-break spaces as pages write them.
        (" 접수 중 ", .open), ("공고\u{00A0}접수중", .open),
    ])
    func interpretsWord(_ word: String, _ expected: ProgramStatus) {
        #expect(StatusWord.interpret(word) == expected)
    }

    @Test(arguments: ["IRIS 공고", "", "  ", "D-", "D-abc", "Day", "신규", "공고", "-"])
    func otherWordsSayNothing(_ word: String) {
        #expect(StatusWord.interpret(word) == nil)
    }
}
