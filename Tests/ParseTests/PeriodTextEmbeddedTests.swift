import Parse
import Testing

/// Titles that carry their own period, as NTIS lists show them; and titles whose numbers are not periods.
@Suite("PeriodText: periods embedded in titles")
struct PeriodTextEmbeddedTests {
    /// A title and the period it embeds.
    struct Case: CustomTestStringConvertible, Sendable {
        let title: String
        let start: String?
        let end: String
        let closingTimeGiven: Bool
        let text: String
        var testDescription: String { title }
    }

    static let embedded: [Case] = [
        Case(
            title: "2025년도 우수학자지원사업 신청요강 공고 (접수기간: 2025.2.27.(목),14:00~3.6.(목),18:00)",
            start: "2025-02-27T14:00:00+09:00", end: "2025-03-06T18:00:00+09:00", closingTimeGiven: true,
            text: "접수기간: 2025.2.27.(목),14:00~3.6.(목),18:00"),
        Case(
            title: "2025년 과학기술분야 RD 대체인력 활용 지원사업 2차 모집(~4/13)",
            start: nil, end: "2025-04-13T23:59:59+09:00", closingTimeGiven: false, text: "~4/13"),
        Case(
            title: "2025년도 ○○사업 신규과제 공고(접수마감: 2025.10.31 18:00)",
            start: nil, end: "2025-10-31T18:00:00+09:00", closingTimeGiven: true, text: "접수마감: 2025.10.31 18:00"),
        Case(
            title: "○○사업 공고 (신청기간 : 2025. 3. 7. ~ 2025. 3. 14.)",
            start: "2025-03-07T00:00:00+09:00", end: "2025-03-14T23:59:59+09:00", closingTimeGiven: false,
            text: "신청기간 : 2025. 3. 7. ~ 2025. 3. 14."),
        Case(
            title: "2026년도 ○○사업 통합 공고（접수기간：12.21～1.8 18:00）",
            start: "2026-12-21T00:00:00+09:00", end: "2027-01-08T18:00:00+09:00", closingTimeGiven: true,
            text: "접수기간：12.21～1.8 18:00"),
        Case(
            title: "(이관) 2025년도 ○○사업 공고(2025.3.7~3.14)_(2025)○○사업",
            start: "2025-03-07T00:00:00+09:00", end: "2025-03-14T23:59:59+09:00", closingTimeGiven: false,
            text: "2025.3.7~3.14"),
    ]

    static let notPeriods: [String] = [
        "2025년도 공동연구지원사업 신규과제 공모",
        "산업통상자원부 공고 제2025-518호",
        "(이관) 연구장비분야 전문인력양성사업_(2025)연구장비분야전문인력양성",
        "해외우수과학자유치사업 (Brain Pool / Brain Pool+) 2025년도 신규과제 공고('25.5.16. 수정 게시)",
        "2025년도 방사선혁신이용기반기술개발사업 신규과제 공모(FAQ 3차 업데이트, '25.2.28.자)",
        "2025년도 인문한국3.0지원사업(HK3.0) 신규과제 공모",
        "2025년 해양경찰 현장맞춤형 연구개발(오션랩 2.0) 사업 신규과제 선정계획 공고",
        "2025년도 인문사회학술연구교수(B유형) 신청요강 공고",
        "○○사업 2차 모집(~4/13)",
        "2025년도 ○○사업 공고(접수기간: 2025.3.14 ~ 2025.3.7)",
        "2025년도 ○○사업 공고(3.7~3.14",
        "",
    ]

    @Test("labelled or ~-led groups give the period, with the group as its text", arguments: embedded)
    func periods(_ example: Case) throws {
        let period = try #require(PeriodText.embedded(in: example.title))
        #expect(period.start.map(KoreaTime.iso8601) == example.start)
        #expect(period.end.map(KoreaTime.iso8601) == example.end)
        #expect(period.closingTimeGiven == example.closingTimeGiven)
        #expect(!period.openEnded)
        #expect(period.text == example.text)
    }

    @Test("years, 공고번호, versions, remarks and year-less dates without a year give nil", arguments: notPeriods)
    func titlesWithoutPeriods(_ title: String) {
        #expect(PeriodText.embedded(in: title) == nil)
    }
}
