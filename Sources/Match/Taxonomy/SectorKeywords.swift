/// The words that place a program in a sector, looked up as whole terms (a compound's dictionary parts count, a
/// substring never does). Bare words that mislead are left out: `양식` (a form to fill in, or aquaculture) appears
/// only inside `양식장`, `수산양식` …; `암` counts only as a word of its own; `데이터` and `플랫폼` are weak.
enum SectorKeywords {
    /// Words that by themselves say the sector (weight 1).
    static let strong: [Sector: [String]] = [
        .ict: [
            "인공지능", "ai", "소프트웨어", "sw", "정보통신", "ict", "통신", "이동통신", "5g", "6g", "클라우드", "cloud", "saas",
            "빅데이터", "사이버보안", "정보보호", "암호", "양자암호", "양자통신", "양자컴퓨팅", "블록체인", "메타버스", "가상현실",
            "증강현실", "확장현실", "vr", "ar", "xr", "사물인터넷", "iot", "전파", "주파수", "머신러닝", "딥러닝", "알고리즘",
            "컴퓨팅", "생성형", "언어모델", "llm", "초거대", "챗봇", "자연어", "음성인식", "컴퓨터비전", "네트워크", "광통신",
            "데이터센터", "엣지컴퓨팅", "오픈소스", "핀테크", "해킹", "랜섬웨어", "정보통신방송", "방송통신",
        ],
        .semiconductor: [
            "반도체", "시스템반도체", "메모리", "웨이퍼", "팹리스", "전력반도체", "화합물반도체", "노광", "식각", "증착",
            "집적회로", "트랜지스터", "npu", "pim", "디스플레이", "oled", "칩",
        ],
        .manufacturing: [
            "제조", "스마트제조", "스마트공장", "스마트팩토리", "공장", "기계", "기계장비", "제조장비", "공작기계", "금형", "주조",
            "용접", "열처리", "표면처리", "뿌리산업", "뿌리기술", "가공", "조립", "적층제조", "3d프린팅", "제조혁신", "산업기계",
            "자동화설비", "공정최적화", "양산",
        ],
        .materials: [
            "소재", "신소재", "나노", "그래핀", "고분자", "세라믹", "금속", "합금", "촉매", "복합재", "복합소재", "탄소섬유", "섬유",
            "희토류", "화학소재", "정밀화학", "소재부품", "소부장", "코팅", "필름",
        ],
        .mobility: [
            "자동차", "자율주행", "미래차", "전기차", "수소차", "모빌리티", "미래모빌리티", "철도", "도시철도", "차량", "uam",
            "도심항공", "교통", "물류",
        ],
        .aerospace: [
            "우주", "항공", "항공우주", "우주항공", "위성", "인공위성", "발사체", "로켓", "달탐사", "달", "무인기", "항공기",
            "위성항법", "궤도", "저궤도", "스페이스", "누리호", "space", "aerospace",
        ],
        .robotics: [
            "로봇", "로봇산업", "로보틱스", "robot", "robotics", "협동로봇", "서비스로봇", "휴머노이드", "매니퓰레이터",
            "웨어러블로봇", "제조로봇",
        ],
        .bioHealth: [
            "바이오", "의료", "헬스", "헬스케어", "보건", "보건의료", "의약", "의약품", "신약", "제약", "약물", "치료제", "진단",
            "의료기기", "임상", "임상시험", "임상연구", "치매", "암", "항암", "폐암", "간암", "위암", "유방암", "대장암", "뇌",
            "뇌질환", "뇌과학", "질환", "질병", "감염병", "백신", "유전체", "유전자", "세포", "줄기세포", "재생의료", "단백질",
            "항체", "면역", "바이러스", "마이크로바이옴", "환자", "병원", "한의약", "바이오헬스", "바이오의약", "디지털헬스",
            "희귀질환", "뇌졸중", "파킨슨", "당뇨", "심혈관", "의사과학자", "신약개발", "식의약",
        ],
        .energy: [
            "에너지", "신재생", "재생에너지", "태양광", "태양전지", "풍력", "해상풍력", "수소", "연료전지", "이차전지", "전고체",
            "배터리", "전지", "전력", "전력망", "스마트그리드", "원자력", "원전", "차세대원전", "smr", "원자로", "ess",
            "에너지저장", "발전소", "송배전", "에너지효율",
        ],
        .environment: [
            "환경", "기후", "기후변화", "기후위기", "탄소중립", "온실가스", "탄소포집", "ccus", "ccu", "미세먼지", "대기오염", "수질",
            "수처리", "폐수", "폐기물", "재활용", "자원순환", "순환경제", "생태", "생물다양성", "오염", "토양", "정화", "녹색",
            "환경기술", "환경오염", "친환경",
        ],
        .agriFood: [
            "농업", "농식품", "농산물", "스마트팜", "축산", "가축", "식품", "푸드테크", "작물", "종자", "육종", "원예", "농기계",
            "농업기계", "농장", "산림", "임업", "목재", "농촌", "농생명", "반려동물", "식량", "비료", "병해충", "과수", "버섯", "밭농업",
            "농업기술", "스마트농업", "디지털농업", "치유농업", "수의",
        ],
        .marine: [
            "해양", "수산", "해양수산", "어업", "어선", "어촌", "양식장", "양식업", "수산양식", "스마트양식", "육상양식", "양식어업",
            "수산식품", "수산물", "수산업", "선박", "조선", "조선해양", "조선소", "조선업", "조선기자재", "해운", "항만", "해사",
            "선박평형수", "평형수", "자율운항", "자율운항선박", "연안", "해저", "극지", "남극", "북극", "해빙", "갯벌", "해양바이오",
            "해양환경", "해양플랜트", "해상", "해수", "해조류", "어류", "vts", "바다", "해역", "조력", "파력", "수산자원",
        ],
        .construction: [
            "건설", "건축", "국토", "국토교통", "스마트시티", "인프라", "교량", "터널", "도로", "주택", "건물", "구조물", "시설물",
            "토목", "지반", "건설기계", "공간정보", "측량", "bim", "스마트건설", "모듈러", "하천", "상하수도",
        ],
        .defense: [
            "국방", "방위", "방산", "방위산업", "무기", "무기체계", "전투", "군사", "유도무기", "감시정찰", "잠수함", "전차", "국방과학",
            "방위사업", "국방기술", "민군", "민군협력", "군수", "탄약", "전력지원체계",
        ],
        .culture: [
            "문화", "콘텐츠", "문화콘텐츠", "게임", "관광", "스포츠", "체육", "예술", "공연", "영화", "음악", "애니메이션", "웹툰",
            "출판", "저작권", "문화재", "문화유산", "국가유산", "한류", "실감콘텐츠", "박물관",
        ],
        .safety: [
            "안전", "재난", "재해", "방재", "소방", "재난안전", "치안", "경찰", "범죄", "화재", "지진", "산업안전", "홍수", "가뭄",
            "산불", "응급", "구난", "연안재해", "생활안전", "안전관리",
        ],
        .basicScience: [
            "기초", "기초과학", "기초연구", "개인기초", "물리", "수학", "생물학", "천문", "천문학", "가속기", "중성자", "입자",
            "핵융합", "양자과학", "신진연구자", "중견연구", "리더연구", "집단연구", "학문",
        ],
    ]

    /// Words that lean towards a sector without settling it (weight 0.5): shared by several sectors, or generic.
    static let weak: [Sector: [String]] = [
        .ict: ["데이터", "디지털", "플랫폼", "양자", "보안", "방송", "위성통신", "영상", "소프트웨어융합", "디지털트윈", "모바일"],
        .semiconductor: ["소자", "회로", "패키징", "센서", "gpu", "전자부품", "파운드리"],
        .manufacturing: ["설비", "공정", "생산", "부품", "장비", "정밀", "자동화", "품질", "시험인증", "디자인", "섬유"],
        .materials: ["화학", "부품", "에너지소재", "바이오소재"],
        .mobility: ["드론", "배터리", "충전", "자율운항", "항만", "운송", "도로", "전기차충전"],
        .aerospace: ["드론", "uam", "위성통신", "탐사"],
        .robotics: ["자율이동", "의료로봇", "드론"],
        .bioHealth: ["건강", "돌봄", "재활", "동물", "방역", "수의", "해양바이오", "식품", "발효", "고령친화"],
        .energy: ["전기", "가스", "석유", "탄소중립", "열에너지", "지열", "조력", "파력", "방사선"],
        .environment: ["대기", "물관리", "기상", "하수", "해양환경", "갯벌", "산림"],
        .agriFood: ["동물", "방역", "해조류", "수산식품", "발효", "푸드"],
        .marine: ["해상풍력", "잠수함", "연안재해"],
        .construction: ["도시", "플랜트", "철도", "교통", "수자원", "댐", "부동산"],
        .defense: ["레이더", "드론", "국방부", "보안"],
        .culture: ["방송", "미디어", "영상", "메타버스", "디자인", "실감"],
        .safety: ["감염병", "보안", "사고", "위기", "방역", "원자력안전", "교통안전", "해양안전"],
        .basicScience: ["원천", "이론", "과학", "양자", "뇌과학", "화학", "나노"],
    ]

    /// Each word's sectors with their weights, strong before weak (a word listed as both keeps its strong weight).
    /// A compound whose dictionary parts include a keyword of the same sector is left out for that sector: its
    /// parts are terms too, and `재난안전` would otherwise count `재난`, `안전` and itself.
    static let table: [UInt64: (units: [UInt16], sectors: [(sector: Sector, weight: Double)])] = {
        var table: [UInt64: (units: [UInt16], sectors: [(sector: Sector, weight: Double)])] = [:]
        for (weight, lists) in [(1.0, strong), (0.5, weak)] {
            for sector in Sector.allCases {
                let words = Set(lists[sector] ?? [])
                for word in lists[sector] ?? []
                where !(table[TermHash.of(word)]?.sectors.contains { $0.sector == sector } ?? false) {
                    if parts(of: word).contains(where: { strong[sector]!.contains($0) || words.contains($0) }) {
                        continue
                    }
                    table[TermHash.of(word), default: (Array(word.utf16), [])].sectors.append((sector, weight))
                }
            }
        }
        return table
    }()

    /// The sectors and weights of term `index` of `terms`, none when it is no keyword.
    static func sectors(of terms: TermCollector, _ index: Int) -> [(sector: Sector, weight: Double)] {
        guard let entry = table[terms.hashes[index]], terms.units[terms.spans[index]].elementsEqual(entry.units) else {
            return []
        }
        return entry.sectors
    }

    /// The dictionary parts of a compound keyword (empty for a word the dictionary does not cut).
    private static func parts(of word: String) -> [String] {
        let units = Array(word.utf16)
        guard units.allSatisfy(Hangul.isSyllable) else { return [] }
        var analysis = WordAnalysis()
        analysis.segment(units, 0..<units.count)
        guard analysis.segments.count >= 2 else { return [] }
        return analysis.segments.filter { $0.length >= 2 }.map {
            String(decoding: units[$0.start..<$0.end], as: UTF16.self)
        }
    }

    /// The Korean words of the lists, for the compound dictionary (Latin words are never cut).
    static var dictionaryWords: [String] {
        let words = Array(strong.values.joined()) + Array(weak.values.joined())
        return Array(Set(words.filter { $0.utf16.allSatisfy(Hangul.isSyllable) })).sorted()
    }
}
