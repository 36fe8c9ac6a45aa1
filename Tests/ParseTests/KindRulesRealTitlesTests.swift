import Foundation
import Parse
import Testing

/// Real titles: the 97 IRIS list items of the four agencies (`Fixtures/real`, with their 공모유형), SITES.md's title
/// lists, and the golden records' kinds. Each title's expected kind is decided here; the comments say why where it
/// is not obvious.
@Suite("KindRules on real titles")
struct KindRulesRealTitlesTests {
    /// Every distinct title of `Fixtures/real/iris-list-items-4-agencies.json` and its kind.
    static let irisTitles: [String: ProgramKind] = [
        // Test junk as a word, including an otherwise real-looking row marked (테스트용).
        "2022년도 테스트 사업1 일반과제 시행계획 공고 (하반기 과제)": .test,
        "2024년 중소기업연구인력지원사업(채용, 소재부품장비) 공고 (테스트용)": .test,
        "test": .test,
        "중기부 사업 공고 테스트": .test,
        // Demand surveys announced as 시행계획 공고: nobody applies for money.
        "2023년도 컨소시엄형 기술개발지원 프로그램 기술수요조사 시행계획 공고": .demandSurvey,
        "2024년도 전략기술 테마별 프로젝트(DCP) 제2차 기술수요조사 시행계획 공고": .demandSurvey,
        "2024년도 전략기술 테마별 프로젝트(DCP*) 기술수요조사 시행계획 공고": .demandSurvey,
        // 혁신제품 지정 and 품목 등록 designate products for public procurement: no R&D proposal, so notices.
        "2023년 우수연구개발 혁신제품 지정기간 연장(1차연장) 공고": .notice,
        "2023년 제2차 우수연구개발 혁신제품 지정연장(1차연장) 공고": .notice,
        "2023년 제2차 우수연구개발 혁신제품 지정연장(1차연장) 연장공고": .notice,
        "2023년도 우수연구개발 혁신제품 지정제도 시행계획(하반기) 공고": .notice,
        "2023년도 우수연구개발 혁신제품 추가등록(규격추가) 안내문": .notice,
        "2024년 제1차 중소기업 혁신제품 지정기간 연장(1차연장) 공고": .notice,
        "2024년 중소벤처기업부 혁신제품 지정제도 시행계획(상반기) 공고": .notice,
        "2024년 중소벤처기업부 혁신제품 추가등록(규격추가) 안내문": .notice,
        "2023년도 제2차 고용노동부(한국산업안전보건공단) 연계 스마트 안전장비지원 품목 등록 시행계획 공고": .notice,
        "2024년도 고용노동부(한국산업안전보건공단) 연계 스마트 안전장비지원 품목 등록 1차 시행계획 공고": .notice,
        // 안내 with no registered call type: guidance, not the call itself (the 2단계 rows concern firms already chosen).
        "2023년도 사업연계형기술개발지원사업 2단계 연계확정(구매조건부-구매연계형) 기업 접수 안내": .notice,
        "사업연계형기술개발사업 2단계 연계확정 기업 접수 안내": .notice,
        "2025년도 Horizon Europe 프로그램 Cluster 3, Cluster 4 과제참여 안내": .notice,
        // 안내, but IRIS registers it as 자유공모: recommended firms submit R&D plans for funding — a call.
        "2026년도 중소기업기술혁신개발사업 글로벌선도기술개발(수출지향형) 바이오헬스 추천기업 대상 연구개발계획서 제출 안내": .rndCall,
        // No keyword, but IRIS registers 자유공모.
        "범부처 신속대응 R&D IITP 전담 지정 과제": .rndCall,
        // No keyword and 미등록: a listed announcement that says nothing else is taken for a call (`default`).
        "2024년 지역기업 성장사다리 지원사업(세종)": .rndCall,
        "2024년 지역기업 성장사다리 지원사업(제주)": .rndCall,
        "2024년 지역기업 성장사다리 지원사업(지원)": .rndCall,
        "2024년도 테크노파크 생산장비 고도화 지원사업": .rndCall,
        // 대회 공고: teams compete for R&D funding, so a call (대회 is deliberately not an event word).
        "2025년도 『인공지능 챔피언(AI Champion)』대회 공고": .rndCall,
        // Support programmes that firms apply to (mentoring, export support, ValueUP): calls, though not strictly
        // R&D; the matcher's relevance scoring deals with their content.
        "2023년 R&D멘토링 모의대면평가위원회 참여기업 모집": .rndCall,
        "2023년도 제3차 한국무역보험공사 연계 수출지원프로그램 시행계획 공고": .rndCall,
        "2023년도 제4차 한국무역보험공사 연계 수출지원프로그램 시행계획 공고": .rndCall,
        "2024년 제1차 한국무역보험공사 연계 수출지원프로그램 시행계획 공고": .rndCall,
        "TIPA ValueUP 프로그램 14기 참여기업 모집 공고": .rndCall,
        "TIPA ValueUP 프로그램 15기 참여기업 모집 공고": .rndCall,
        // 채용 inside a programme's name (연구인력 채용 지원) is not staff hiring.
        "2024년 중소기업 연구인력지원사업(채용, 고경력)공고": .rndCall,
        "신진 연구인력 채용지원사업 공고": .rndCall,
        // Calls.
        "2023년 고위험·고성과 R&D 프로젝트(DCP) 기업 지원계획 공고": .rndCall,
        "2023년도 소상공인 스마트기술 육성 기술개발사업 (일반형 및 선도형 R&D과제) 시행계획 공고": .rndCall,
        "2023년도 중소기업 구매조건부신제품개발사업 '공동투자형 과제' 자유공모(3차) 시행계획 공고": .rndCall,
        "2023년도 중소기업 구매조건부신제품개발사업 '구매연계형 과제' 지정공모(3차) 시행계획 공고": .rndCall,
        "2024년 중소기업 연구인력지원사업(파견) 공고": .rndCall,
        "2024년 지역특화산업육성+(R&D)(세종)-지역주력산업육성 지원계획 통합공고": .rndCall,
        "2024년 지역특화산업육성+(R&D)(제주)-지역주력산업육성 지원계획 통합공고": .rndCall,
        "2024년 지역특화산업육성+(R&D)-지역주력산업육성 지원계획 통합공고": .rndCall,
        "2024년 팁스(TIPS) 창업기업 지원계획 통합 공고": .rndCall,
        "2024년도 시군구연고산업육성사업(기금연계형) 시행계획 공고": .rndCall,
        "2024년도 시군구연고산업육성사업(완전경쟁형) 시행계획 공고": .rndCall,
        "2024년도 중소기업기술개발 지원사업 '산학연 Collabo R&D사업(산학협력/예비연구)' 시행계획 공고": .rndCall,
        "2024년도 지역특화 프로젝트 지원사업(세종) 공고": .rndCall,
        "2024년도 지역특화 프로젝트 지원사업(제주) 공고": .rndCall,
        "2024년도 지역특화 프로젝트 지원사업(지원) 공고": .rndCall,
        "2024년도 지역혁신생태계 구축사업(수도권) 공고": .rndCall,
        "2024년도 해양수산연구개발사업 신규과제 통합 공고": .rndCall,
        "2026년 팁스(TIPS) 창업기업 지원계획 수정 공고(딥테크트랙)": .rndCall,
        "2026년 팁스(TIPS) 창업기업 지원계획 수정 공고(일반트랙)": .rndCall,
        "2026년도 AI 기반 주파수 간섭분석 및 전파예측기술 개발사업 신규지원 대상과제  연장공고": .rndCall,
        "2026년도 AI 기반 주파수 간섭분석 및 전파예측기술 개발사업 신규지원 대상과제 공고": .rndCall,
        "2026년도 AI 완전자율운항선박 기술개발사업 신규과제 선정계획 재공고": .rndCall,
        "2026년도 기계장비산업기술개발사업 신규지원 대상과제 2차 공고": .rndCall,
        "2026년도 반도체첨단산업기술개발 신규 지원대상 연구개발과제 추가 공고": .rndCall,
        "2026년도 반도체첨단산업기술개발(시스템반도체기술개발) 신규 지원대상 연구개발과제 추가 공고": .rndCall,
        "2026년도 인공지능혁신인재양성 2차 사업 공고": .rndCall,
        "2026년도 제2차 로봇산업기술개발사업 신규지원 대상과제 공고": .rndCall,
        "2026년도 제3차 산업기술R&D연구기획사업 신규지원 대상과제 공고": .rndCall,
        "2026년도 중소기업기술혁신개발사업 글로벌선도기술개발(이어달리기) 시행계획 공고": .rndCall,
        "2026년도 중소기업기술혁신개발사업 글로벌선도기술개발(함께달리기) 시행계획 공고": .rndCall,
        "2026년도 투·융자 연계 기술개발사업 지원계획 수정 공고(글로벌 팁스)": .rndCall,
        "2026년도 투·융자 연계 기술개발사업 지원계획 수정 공고(딥테크 챌린지 프로젝트_기술도전형)": .rndCall,
        "2026년도 투·융자 연계 기술개발사업 지원계획 수정 공고(스케일업 팁스)": .rndCall,
        "AI 응용제품 신속 상용화 지원사업 2차 신규지원 대상과제 공고": .rndCall,
        "AI 응용제품 신속 상용화 지원사업 2차 신규지원 대상과제 공고(수정)": .rndCall,
        "중소기업 수출 핵심품목 탄소감축 기술개발사업 실증 지원기관 모집 공모": .rndCall,
        "초광역권 선도기업 선정 및 지원계획": .rndCall,
        "표준공정 기반 공정최적화 기술개발사업(공정최적화R&D) 시행계획 공고": .rndCall,
    ]

    /// One IRIS list item: its title and 공모유형.
    struct Item: CustomTestStringConvertible, Sendable {
        var title: String
        var callType: String?
        var testDescription: String { "\(title) [\(callType ?? "-")]" }
    }

    static func irisItems() -> [Item] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/real/iris-list-items-4-agencies.json")
        guard let data = try? Data(contentsOf: file),
            let items = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return items.compactMap { item in
            (item["title"] as? String).map { Item(title: $0, callType: item["type"] as? String) }
        }
    }

    /// Guards against an empty or unreadable capture.
    @Test func captureIsThere() {
        let items = Self.irisItems()
        #expect(items.count >= 97)
        #expect(Set(items.map(\.title)).count == Self.irisTitles.count)
    }

    @Test(arguments: irisItems())
    func irisItemHasExpectedKind(_ item: Item) throws {
        let expected = try #require(Self.irisTitles[item.title], "no expected kind written down for this title")
        #expect(KindRules.classify(title: item.title, callType: item.callType).kind == expected)
    }

    /// SITES.md §1.4–4.3's real titles, and the noise rows it names.
    @Test(arguments: [
        ("(연장공고) 2025년도 양자과학기술 플래그십 프로젝트(양자통신·센서) 사업 신규지원 대상과제 공고", ProgramKind.rndCall),
        ("2025년도 제5차 디지털혁신기술국제공동연구사업 신규지원 대상과제 공고", .rndCall),
        ("(연장공고) 2025년도 하반기 방송통신정책연구 신규지원 대상과제 공고", .rndCall),
        ("2025년 최고급 AI해외인재유치지원 사업 신규지원 대상과제 재공고", .rndCall),
        ("정보통신․방송(ICT) 분야 VC(Venture Capital) 전문가 공모 안내", .notice),
        ("2026년도 인공지능혁신인재양성 2차 사업 공고", .rndCall),
        ("(인공지능 부문) 2025년도 제1차 정보통신·방송 기술개발사업 및 표준개발지원사업 신규지원 대상과제 공고", .rndCall),
        ("2025년 정보통신방송 연구개발사업 신규과제 후보과제(안) 인터넷 공시", .notice),
        ("2026년도 지식서비스산업기술개발사업(서비스핵심기술개발) 신규지원 대상과제 공고", .rndCall),
        ("2024년도 시험인증산업경쟁력및신뢰성제고사업 신규지원 대상과제 공고", .rndCall),
        ("2023년도 소재부품기술개발사업(패키지형) 신규지원 대상과제 공고", .rndCall),
        // A survey of regional interest, named as noise in SITES.md.
        ("2025년도 첨단 디스플레이 국가연구플랫폼 구축 사업 기획을 위한 지역 수요 의향조사", .demandSurvey),
        ("2026년도 제2차 로봇산업기술개발사업 신규지원 대상과제 공고", .rndCall),
        ("2025년도 나노 및 소재기술개발사업 신규과제 선정계획 1차 공고", .rndCall),
        ("2025년도 제1차 전자부품산업기술개발(주력산업IT융합) 신규 지원대상 연구개발과제 공고", .rndCall),
        ("2025년도 (탄소융복합소재부품) 장비국산화 지원사업 신규지원 대상과제 공고", .rndCall),
        ("2025년 중소기업 연구인력지원사업(파견) 10월 공고", .rndCall),
        ("2025년 제5차 중소기업 R&D 전담은행 투자지원 추천기업(충청,강원권) 모집 공고", .rndCall),
        ("2025년도 중소기업기술혁신개발사업 '시장대응형(소부장)' 상반기 시행계획 공고", .rndCall),
        ("2026년도 민관공동기술사업화R&D 제3차 (구매연계·상생협력) 시행계획 공고", .rndCall),
        // Collects success stories for a casebook: nothing to fund (the golden record says notice).
        ("2026년 중소기업 R&D 우수성과 50선 모집 공고", .notice),
        // Picks showcase consortia of a programme already run: nothing to fund.
        ("「2026 스마트공장 지원사업 우수사례 컨소시엄 선정」 참가기업 모집 공고", .notice),
        ("2026 예비오션스타 기업 모집 공고", .rndCall),
        // A site visit tour (팸투어) is an event even though firms are 모집.
        ("2026년 해양수산 현장방문행사(팸투어) 참여기업 모집공고", .event),
        ("기업은행-KIMST 상생형 해양수산 창업벤처기업 지원사업 모집 공고", .rndCall),
        // Certification, not funding.
        ("2026년도 하반기 해양수산신기술(NET) 인증 시행 공고", .notice),
        // A loan programme's guidance.
        ("해양수산 기술사업화자금 대출지원사업 안내", .notice),
        ("해양수산과학기술진흥원 2026년도 개인정보보호 퀴즈 이벤트", .event),
        // An award's nominees.
        ("해양수산과학기술대상 후보자 추가 모집 공고", .notice),
        ("혁신포럼 개최 안내", .event),
        ("국제기구 인턴십 프로그램 공고", .notice),
        ("2025년도 안전기반 소형 수소추진선박 기술개발 및 실증사업 신규과제 선정계획 재공고", .rndCall),
        ("2025년 해양 마이크로바이옴 기반 생태환경관리 기술개발(R&D)사업 신규과제 선정계획 재공고", .rndCall),
        ("2024년도 해양수산연구개발사업 신규과제 통합 공고", .rndCall),
    ])
    func sitesTitleHasExpectedKind(_ title: String, _ expected: ProgramKind) {
        #expect(KindRules.classify(title: title).kind == expected)
    }
}
