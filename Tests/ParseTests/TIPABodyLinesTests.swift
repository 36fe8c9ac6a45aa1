import Testing

@testable import Parse

/// Labelled lines in TIPA bodies: fields come from their own line, whatever bullet or number opens it.
@Suite("TIPA: body lines")
struct TIPABodyLinesTests {
    static let body = """
        중소벤처기업부 공고 제2026-702호
        □ 지원분야 : 시스템반도체, 바이오·헬스, 미래 모빌리티
        2. 공모유형 : 자유공모
        ○ 일시 : 2026. 6. 12.(금) 14:00 ~ 17:00
        ○ 사전 등록 : 2026. 6. 5.(금) ~ 6. 10.(수), 선착순 150명
        2026. 11. 18 16:00 : 마감
        10) 문의처 : 중소기업기술정보진흥원 팁스운영실 (02-6958-1543)
        """

    @Test("a label after □, ○ or a number, spaces in the label ignored")
    func labels() {
        #expect(TIPABodyLines(Self.body).value(["공모유형"]) == "자유공모")
        #expect(TIPABodyLines(Self.body).value(["사전등록"]) == "2026. 6. 5.(금) ~ 6. 10.(수), 선착순 150명")
        #expect(TIPABodyLines(Self.body).value(["문의처"]) == "중소기업기술정보진흥원 팁스운영실 (02-6958-1543)")
    }

    @Test("the first label asked for that is present wins by line order; absent labels give nil")
    func absent() {
        #expect(TIPABodyLines(Self.body).value(["접수기간"]) == nil)
        #expect(TIPABodyLines(Self.body).value(["일시", "사전등록"]) == "2026. 6. 12.(금) 14:00 ~ 17:00")
    }

    @Test("a line opened by a date is not a label")
    func dateLine() {
        #expect(TIPABodyLines.labelled("2026. 11. 18 16:00 : 마감") == nil)
    }

    @Test("lists split at commas only: 바이오·헬스 is one field")
    func list() {
        #expect(TIPABodyLines(Self.body).list(["지원분야"]) == ["시스템반도체", "바이오·헬스", "미래 모빌리티"])
    }

    @Test("an event's 참가대상 counts the partners it invites; a call's 지원대상 does not")
    func eventAttendees() {
        let line = "○ 참가대상 : 중소기업 및 수요기업(대·중견기업) 관계자"
        #expect(
            TIPAEligibility.of(body: line, lines: TIPABodyLines(line), kind: .event).types == [.large, .midSized, .sme])
        #expect(TIPAEligibility.of(body: line, lines: TIPABodyLines(line), kind: .notice).types == [.sme])
    }

    @Test("a type only mentioned in passing is not an eligible type")
    func mentionsOnly() {
        let text = "최근 국내 중소기업을 대상으로 원격접속(RDP) 취약점과 피싱 메일을 이용한 신규 랜섬웨어 감염 사례가 확산되고 있어 각별한 주의가 필요합니다."
        #expect(TIPAEligibility.of(body: text, lines: TIPABodyLines(text), kind: .notice).types.isEmpty)
    }
}
