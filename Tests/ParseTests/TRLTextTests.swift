import Parse
import Testing

/// The TRL range, only when a call states it.
struct TRLTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let range: ClosedRange<Int>?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "TRL 4~6단계", text: "○ 기술성숙도 : TRL 4~6단계", range: 4...6),
        Case(label: "TRL 4-6", text: "목표 TRL 4-6", range: 4...6),
        Case(label: "full-width tilde", text: "TRL 4～6단계", range: 4...6),
        Case(label: "기술성숙도(TRL) 6단계 이상 is open above", text: "※ 기술성숙도(TRL) 6단계 이상의 사업화 대상 기술을 보유한 기업", range: 6...9),
        Case(label: "TRL 7 이상", text: "TRL 7 이상", range: 7...9),
        Case(
            label: "a target: 개발 완료 시 TRL 7 이상", text: "○ 기술성숙도 : 개발 완료 시 TRL 7 이상 (시제품 실증 및 수요기업 성능평가 완료)",
            range: 7...9),
        Case(label: "TRL 3 → 6", text: "TRL 3 → 6", range: 3...6),
        Case(label: "an ASCII arrow", text: "TRL 3->6", range: 3...6),
        Case(label: "start and end written apart", text: "○ 기술성숙도 : 착수 시 TRL 4단계 → 종료 시 TRL 6단계", range: 4...6),
        Case(label: "TRL4~TRL6", text: "TRL4~TRL6", range: 4...6),
        Case(label: "a label with a colon", text: "- 종료 시 목표 TRL : 6~8단계", range: 6...8),
        Case(label: "이상 … 이하", text: "TRL 4단계 이상 6단계 이하", range: 4...6),
        Case(label: "이하 is closed below at 1", text: "기술성숙도 : TRL 5 이하", range: 1...5),
        Case(label: "에서", text: "TRL 3에서 6으로 고도화", range: 3...6),
        Case(label: "as of application", text: "□ 기술성숙도 : 신청 시점 기준 TRL 4~6단계 과제", range: 4...6),
        Case(label: "a table cell split from its unit", text: "목표\nTRL\n공모유형\nTRL 4~6\n단계\n지정공모", range: 4...6),
        Case(label: "several items span their ranges", text: "품목 1 : TRL 4~6단계\n품목 2 : TRL 6~8단계", range: 4...8),
        Case(label: "0 is not a level", text: "TRL 0~3", range: nil),
        Case(label: "10 is not a level", text: "TRL 10", range: nil),
        Case(label: "a range past 9", text: "TRL 4~12단계", range: nil),
        Case(label: "a range running backwards", text: "TRL 6~4", range: nil),
        Case(label: "a decimal is not a level", text: "TRL 4.5 수준", range: nil),
        Case(label: "the word alone", text: "※ TRL(Technology Readiness Level) : 기술성숙도", range: nil),
        Case(label: "a definition's range in parentheses", text: "기술성숙도(1~9단계)는 붙임 참조", range: nil),
        Case(label: "no TRL at all", text: "○ 지원규모 : 과제당 최대 5억원 (3년 이내)", range: nil),
        Case(label: "CTRL is not TRL", text: "CTRL 7 키를 누르고", range: nil),
        Case(label: "the words of the original's guesses give nothing", text: "기초연구 및 원천기술 개발, 사업화 지원", range: nil),
        Case(label: "empty", text: "", range: nil),
    ]

    @Test("range", arguments: cases)
    func range(_ testCase: Case) {
        #expect(TRLText.range(in: testCase.text) == testCase.range)
    }

    @Test("statements keep each stated level, in order")
    func statements() {
        #expect(TRLText.statements(in: "착수 시 TRL 4단계 → 종료 시 TRL 6단계 (TRL 4~6단계)") == [4...4, 6...6, 4...6])
        #expect(TRLText.statements(in: "TRL 0, TRL 5") == [5...5])
    }

    /// Lines are cut scalar by scalar; a statement must end at each kind of line break as it does cut by characters.
    @Test("every kind of line break ends a statement's line, as Character.isNewline cuts them")
    func lineBreaks() {
        let breaks = ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\n", "\r\n\r\n"]
        let lines = [
            "TRL 4", "~6단계", "기술성숙도(TRL) 3단계 이상", "TRL", "5단계", "e\u{301}TRL 7", "TRL\u{301} 2", "", "Ⅰ TRL 9",
        ]
        var compared = 0
        for first in lines {
            for separator in breaks {
                for second in lines {
                    let text = first + separator + second
                    let byCharacter = text.split(whereSeparator: \.isNewline).flatMap {
                        TRLText.statements(in: String($0))
                    }
                    #expect(TRLText.statements(in: text) == byCharacter, "\(text.debugDescription)")
                    compared += 1
                }
            }
        }
        #expect(TRLText.statements(in: "TRL 4\r\n~6단계") == [4...4])
        #expect(compared == 810)
    }
}
