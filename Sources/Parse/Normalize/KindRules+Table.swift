/// The rules in the order they are tried (see `KindRules` for why this order).
extension KindRules {
    static let titleRules: [Rule] = [
        Rule(
            "test.word", .test,
            [
                .word("test", notBefore: ["bed", "lab", "field"]),
                .word("테스트", notBefore: ["베드", "랩", "필드", "센터", "플랫폼"]), .word("테스트용"), .word("테스트공고"),
            ]),
        Rule(
            "notice.result", .notice,
            [
                .word("결과"), .suffix("선정결과"), .suffix("평가결과"), .suffix("심사결과"), .suffix("접수결과"),
                .suffix("검토결과"), .suffix("조사결과"), .suffix("인증결과"), .suffix("결과발표"), .word("발표"),
            ]),
        Rule("notice.materials", .notice, [.word("자료"), .suffix("발표자료"), .suffix("설명자료")]),
        Rule(
            "event.gathering", .event,
            [
                .suffix("설명회"), .suffix("포럼"), .suffix("세미나"), .suffix("워크숍"), .suffix("워크샵"), .suffix("컨퍼런스"),
                .suffix("콘퍼런스"), .suffix("심포지엄"), .suffix("교류회"), .suffix("상담회"), .suffix("간담회"),
                .suffix("박람회"), .suffix("전시회"), .suffix("공청회"), .suffix("토론회"), .suffix("시상식"),
                .suffix("발대식"), .suffix("이벤트"), .suffix("팸투어"), .suffix("해커톤"), .suffix("데모데이"),
                .suffix("행사", except: ["시행사", "대행사", "수행사", "진행사", "발행사", "여행사"]), .word("개최"),
                .prefix("네트워킹"), .word("교육생"), .word("수강생"), .word("forum"), .word("seminar"),
                .word("workshop"), .word("conference"),
            ]),
        Rule(
            "survey.demand", .demandSurvey,
            [.contains("수요조사"), .pair(.suffix("수요"), .suffix("조사")), .suffix("의향조사")]),
        Rule(
            "notice.hiring", .notice,
            [
                .pair(
                    .any(["직원", "신입", "경력", "경력직", "계약직", "정규직", "기간제", "무기계약직"].map { .word($0) }),
                    .any([.word("채용"), .word("채용공고")])),
                .word("직원채용"),
            ]),
        Rule(
            "notice.people-pool", .notice,
            [
                .suffix("평가위원"), .suffix("전문위원"), .suffix("심사위원"), .suffix("자문위원"), .suffix("배심원단"),
                .suffix("참여단"), .word("후보자"), .suffix("인턴십"), .word("인턴"),
            ]),
        Rule("notice.showcase", .notice, [.suffix("우수성과"), .suffix("우수사례")]),
        Rule(
            "notice.designation", .notice,
            [
                .pair(.word("혁신제품"), .prefix("지정")), .pair(.word("혁신제품"), .word("추가등록")),
                .suffix("지정제도"), .pair(.word("품목"), .word("등록")), .pair(.word("인증"), .word("시행")),
            ]),
        Rule("notice.finance", .notice, [.suffix("회계기관"), .contains("대출지원")]),
        Rule("notice.disclosure", .notice, [.word("공시")]),
        Rule("call.registered-type", .rndCall, [], byCallType: true),
        Rule(
            "notice.guide", .notice,
            [
                .suffix("안내"), .word("안내문"), .word("알림"), .word("공지"), .word("공지사항"), .suffix("요청"),
                .word("주의"),
            ]),
        Rule(
            "call.amended", .rndCall,
            [
                .suffix("재공고"), .suffix("연장공고"), .suffix("수정공고"), .suffix("추가공고"), .suffix("변경공고"),
                .suffix("정정공고"), .word("재공모"),
                .pair(.any(["연장", "수정", "추가", "변경", "정정"].map { .word($0) }), .word("공고")),
            ]),
        Rule("call.pre-announcement", .rndCall, [.suffix("사전공고"), .pair(.word("사전"), .word("공고"))]),
        Rule(
            "call.plan", .rndCall,
            [.suffix("시행계획"), .suffix("지원계획"), .suffix("선정계획"), .suffix("추진계획")]),
        Rule(
            "call.new-projects", .rndCall,
            [.suffix("신규지원"), .suffix("신규과제"), .suffix("대상과제"), .suffix("지원대상")]),
        Rule("call.competition", .rndCall, [.suffix("공모")]),
        Rule("call.recruitment", .rndCall, [.suffix("모집")]),
        Rule("call.announcement", .rndCall, [.suffix("공고"), .word("공고문")]),
    ]

    /// The rules a body's opening is read with (see `KindRules`, step 10).
    static let bodyRuleNames: Set<String> = [
        "survey.demand", "call.amended", "call.pre-announcement", "call.plan", "call.new-projects", "call.competition",
        "call.recruitment", "call.announcement",
    ]
}
