import Parse
import Testing

/// Each rule, its name, and the order between them.
@Suite("KindRules")
struct KindRulesTests {
    /// A title, the kind and the rule that must decide it.
    struct Case: CustomTestStringConvertible, Sendable {
        var title: String
        var callType: String?
        var kind: ProgramKind
        var rule: String
        var testDescription: String { title }

        init(_ title: String, callType: String? = nil, _ kind: ProgramKind, _ rule: String) {
            self.title = title
            self.callType = callType
            self.kind = kind
            self.rule = rule
        }
    }

    static let cases: [Case] = [
        // Test junk, as a word; a test row keeps its call type but is still junk.
        Case("test", callType: "품목지정공모", .test, "test.word"),
        Case("TEST", .test, "test.word"),
        Case("테스트", .test, "test.word"),
        Case("(테스트용) 중소기업기술혁신개발사업 공고 연계 점검", .test, "test.word"),
        Case("STELLA 관련 테스트 공고", .test, "test.word"),
        Case("(TEST) KISTEP 통합공고 테스트 입니다.", .test, "test.word"),
        Case("중기부 사업 공고 테스트", .test, "test.word"),
        // A testbed is a real programme, written joined or apart; a contest too.
        Case("2026년도 5G 테스트베드 구축 지원사업 신규지원 대상과제 공고", .rndCall, "call.new-projects"),
        Case("2026년도 자율주행 테스트 베드 실증사업 공고", .rndCall, "call.announcement"),
        Case("2026년도 Test-bed 기반 실증 과제 공모", .rndCall, "call.competition"),
        Case("2026 해양 AI 콘테스트 참가팀 모집", .rndCall, "call.recruitment"),
        Case("Contest 2026 참가팀 모집 공고", .rndCall, "call.recruitment"),
        // Results before everything they report on.
        Case("2026년도 하반기 해양수산신기술(NET) 인증 결과 공고", .notice, "notice.result"),
        Case("2026년 중소기업 기술개발 지원사업 통합 설명회 개최 결과 및 발표자료 안내", .notice, "notice.result"),
        Case("2026년도 기술수요조사 선정결과 안내", .notice, "notice.result"),
        Case("2026년도 창업성장기술개발사업 최종 합격자 발표", .notice, "notice.result"),
        Case("2026 신규과제 설명회 자료", .notice, "notice.materials"),
        // Events before the call words in their titles.
        Case("2027년도 해양수산연구개발사업 신규과제 통합 공고 사업설명회 개최 안내", .event, "event.gathering"),
        Case("2027년도 산업기술R&D 신규지원 사업 통합설명회 개최 안내", .event, "event.gathering"),
        Case("한-호주 글로벌 R&D 협력 포럼 개최 안내", .event, "event.gathering"),
        Case("2026년 해양수산 현장방문행사(팸투어) 참여기업 모집공고", .event, "event.gathering"),
        Case("해양수산과학기술진흥원 2026년도 개인정보보호 퀴즈 이벤트", .event, "event.gathering"),
        // 행사 at the end of 시행사/대행사 is no event.
        Case("2026년 스마트시티 시행사 선정 공고", .rndCall, "call.announcement"),
        Case("2026년 홍보 대행사 모집", .rndCall, "call.recruitment"),
        // 대회 is not an event word: this 대회 is a call for R&D teams.
        Case("2025년도 『인공지능 챔피언(AI Champion)』대회 공고", .rndCall, "call.announcement"),
        // Demand surveys, even as 시행계획 공고.
        Case("2027년도 정보통신·방송 기술개발사업 기술수요조사 안내", .demandSurvey, "survey.demand"),
        Case("2027년도 전략기술 테마별 프로젝트(DCP) 기술수요조사 시행계획 공고", .demandSurvey, "survey.demand"),
        Case("2027년도 ICT 기술수요 사전조사(인공지능·디지털 분야) 안내", .demandSurvey, "survey.demand"),
        Case("2027년도 첨단 디스플레이 국가연구플랫폼 구축 사업 기획을 위한 지역 수요 의향조사", .demandSurvey, "survey.demand"),
        // 실태조사 is not a demand survey.
        Case("2026년 중소기업 R&D 성과활용 실태조사 협조 요청", .notice, "notice.guide"),
        // Recruiting people, not projects.
        Case("해양수산과학기술진흥원 2026년 제2차 직원 채용 공고", .notice, "notice.hiring"),
        Case("2026년 중소기업 연구인력지원사업(채용, 신진) 공고", .rndCall, "call.announcement"),
        Case("신진 연구인력 채용지원사업 공고", .rndCall, "call.announcement"),
        Case("2026년 상반기 TIPA 기술닥터 전문위원 모집 공고", .notice, "notice.people-pool"),
        Case("2026년 해양수산과학기술대상 후보자 추가 모집 공고", .notice, "notice.people-pool"),
        Case("2026년도 해양수산 국제기구 인턴십 프로그램 추가 모집 공고", .notice, "notice.people-pool"),
        Case("2026년 중소기업 R&D 우수성과 50선 모집 공고", .notice, "notice.showcase"),
        Case("2023년도 우수연구개발 혁신제품 지정제도 시행계획(하반기) 공고", .notice, "notice.designation"),
        Case("2026년도 하반기 해양수산신기술(NET) 인증 시행 공고", .notice, "notice.designation"),
        Case("해양수산 기술사업화자금 대출지원사업(4차) 안내", .notice, "notice.finance"),
        Case("2027년 정보통신방송 연구개발사업 신규과제 후보과제(안) 인터넷 공시", .notice, "notice.disclosure"),
        // A registered call type outweighs 안내; without one, 안내 is a notice.
        Case(
            "2026년도 중소기업기술혁신개발사업 글로벌선도기술개발(수출지향형) 바이오헬스 추천기업 대상 연구개발계획서 제출 안내",
            callType: "자유공모", .rndCall, "call.registered-type"),
        Case(
            "2026년도 중소기업기술혁신개발사업 글로벌선도기술개발(수출지향형) 바이오헬스 추천기업 대상 연구개발계획서 제출 안내",
            .notice, "notice.guide"),
        Case("2026년도 Horizon Europe 프로그램 Cluster 4 과제참여 안내", callType: "미등록", .notice, "notice.guide"),
        Case("범부처 신속대응 R&D IITP 전담 지정 과제", callType: "자유공모", .rndCall, "call.registered-type"),
        Case("범부처 신속대응 R&D IITP 전담 지정 과제", callType: "지정공모, 자유공모", .rndCall, "call.registered-type"),
        Case("정보통신․방송(ICT) 분야 VC(Venture Capital) 전문가 공모 안내", .notice, "notice.guide"),
        Case("2026년 공공기관 동반성장평가 체감도 조사 관련 개인정보 제3자 제공 알림", .notice, "notice.guide"),
        // Calls, by their strongest word.
        Case("(연장공고) 2026년도 ICT 표준개발지원사업 신규지원 대상과제 공고", .rndCall, "call.amended"),
        Case("2026년도 최고급 AI해외인재유치지원 사업 신규지원 대상과제 재공고", .rndCall, "call.amended"),
        Case("2026년 팁스(TIPS) 창업기업 지원계획 수정 공고(딥테크트랙)", .rndCall, "call.amended"),
        Case("2027년도 환경기술개발사업 신규과제 사전공고", .rndCall, "call.pre-announcement"),
        Case("2027년도 식품의약품안전처 소관 연구개발사업 신규과제 사전 공고", .rndCall, "call.pre-announcement"),
        Case("표준공정 기반 공정최적화 기술개발사업(공정최적화R&D) 시행계획 공고", .rndCall, "call.plan"),
        Case("초광역권 선도기업 선정 및 지원계획", .rndCall, "call.plan"),
        Case("2026년도 AI 완전자율운항선박 기술개발사업 신규과제 선정계획 재공고", .rndCall, "call.amended"),
        Case("2026년도 SW중심대학 지원사업 신규지원 대상과제 공고", .rndCall, "call.new-projects"),
        Case("2027년도 개인기초연구사업 신규과제 공모", .rndCall, "call.new-projects"),
        Case("2025년 농업연구개발사업 5차공모_(2025)스마트농업기술개발", .rndCall, "call.competition"),
        Case("선박평형수 처리기술 현장실증 지원사업 참여기관 모집", .rndCall, "call.recruitment"),
        Case("2026년도 인공지능혁신인재양성 2차 사업 공고", .rndCall, "call.announcement"),
        // Nothing to go by.
        Case("2024년 지역기업 성장사다리 지원사업(세종)", .rndCall, "default"),
    ]

    @Test(arguments: cases)
    func classifies(_ example: Case) {
        let result = KindRules.classify(title: example.title, callType: example.callType)
        #expect(result.kind == example.kind)
        #expect(result.rule == example.rule)
    }

    /// A silent title is decided by the body's opening sentence, for surveys and calls only.
    @Test func silentTitleReadsBodyOpening() {
        let title = "2027년도 해양수산 현장맞춤형 기술사업화"
        let survey = KindRules.classify(title: title, body: "해양수산 현장맞춤형 기술사업화를 위한 기술수요조사를 다음과 같이 실시합니다.")
        #expect(survey.kind == .demandSurvey)
        #expect(survey.rule == "body.survey.demand")
        let call = KindRules.classify(title: title, body: "해양수산부 공고 제2026-1276호 신규과제를 다음과 같이 공고합니다.")
        #expect(call.kind == .rndCall)
        #expect(call.rule == "body.call.new-projects")
        let event = KindRules.classify(title: title, body: "관련 설명회를 개최할 예정입니다.")
        #expect(event.rule == "default")
    }

    /// The title decides before the body: a notice stays a notice whatever its body says.
    @Test func titleBeforeBody() {
        let result = KindRules.classify(title: "2026년 중소기업 R&D 부정행위 신고센터 운영 안내", body: "공모에 참여하시기 바랍니다")
        #expect(result.kind == .notice)
        #expect(result.rule == "notice.guide")
    }

    /// Leftover entities and odd spaces in a title do not hide its words.
    @Test func readsCleanedTitle() {
        #expect(KindRules.classify(title: "2026년도&nbsp;R&amp;D&nbsp;설명회").kind == .event)
        #expect(KindRules.classify(title: "(테스트용)\u{00A0}공고").kind == .test)
    }
}
