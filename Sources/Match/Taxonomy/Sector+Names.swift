extension Sector {
    /// The Korean name shown in reasons (`정보통신`, `바이오·헬스`).
    public var koreanName: String {
        switch self {
        case .ict: "정보통신"
        case .semiconductor: "반도체"
        case .manufacturing: "제조"
        case .materials: "소재"
        case .mobility: "모빌리티"
        case .aerospace: "우주항공"
        case .robotics: "로봇"
        case .bioHealth: "바이오·헬스"
        case .energy: "에너지"
        case .environment: "환경"
        case .agriFood: "농림·식품"
        case .marine: "해양수산"
        case .construction: "건설·국토"
        case .defense: "국방"
        case .culture: "문화·콘텐츠"
        case .safety: "재난·안전"
        case .basicScience: "기초과학"
        }
    }

    /// The sector a free-text name or code denotes: an organization's industry sector or excluded domain as people
    /// write them (`ICT`, `정보통신업`, `SW/클라우드`, `바이오헬스`, `bio_health`, `국방`, `제조(기계)`). Tries the whole
    /// text, then each piece between separators in order (`SW/클라우드` is `SW`), then the sector keywords of its
    /// terms. nil when nothing names a sector.
    public static func named(_ text: String) -> Sector? {
        let compact = Self.compact(text)
        if compact.isEmpty { return nil }
        if let sector = aliases[compact] { return sector }
        let pieces = text.split { "/,·ㆍ・()[]&+|;:".contains($0) }.map { Self.compact(String($0)) }
        for piece in pieces where !piece.isEmpty {
            if let sector = aliases[piece] { return sector }
            if piece.hasSuffix("업"), let sector = aliases[String(piece.dropLast())] { return sector }
        }
        return SectorClassifier.strongest(inTermsOf: text)
    }

    /// Lowercased, without spaces, `_`, `-` or `.`: `Bio Health`, `bio-health` and `BIO_HEALTH` meet.
    private static func compact(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "." })
    }

    /// Names and codes people use for each sector, compacted.
    private static let aliases: [String: Sector] = {
        let names: [Sector: [String]] = [
            .ict: [
                "ict", "it", "sw", "software", "소프트웨어", "정보통신", "정보통신업", "정보서비스", "정보서비스업", "통신", "통신업",
                "인공지능", "ai", "클라우드", "데이터", "빅데이터", "보안", "정보보호", "디지털", "ict융합", "it서비스", "saas",
                "출판영상방송통신및정보서비스업", "소프트웨어개발", "cybersecurity", "information", "informationtechnology",
            ],
            .semiconductor: ["semiconductor", "semiconductors", "반도체", "디스플레이", "전자부품", "반도체디스플레이"],
            .manufacturing: [
                "manufacturing", "제조", "제조업", "기계", "기계장비", "제조기계", "스마트제조", "스마트공장", "뿌리산업", "뿌리",
                "산업기계", "기계제조", "machinery",
            ],
            .materials: ["materials", "material", "소재", "신소재", "화학", "소재부품", "소부장", "나노", "chemicals", "chemical"],
            .mobility: [
                "mobility", "automotive", "transportation", "transport", "모빌리티", "자동차", "미래차", "수송", "교통", "철도",
                "자율주행", "물류",
            ],
            .aerospace: ["aerospace", "space", "aviation", "우주", "항공", "우주항공", "항공우주", "위성", "드론"],
            .robotics: ["robotics", "robot", "robots", "로봇", "로봇산업", "로보틱스"],
            .bioHealth: [
                "biohealth", "bio", "biotech", "biotechnology", "health", "healthcare", "medical", "pharma", "바이오",
                "바이오헬스", "바이오의료", "바이오의약", "의료", "의료기기", "헬스케어", "보건", "보건의료", "제약", "의약", "신약",
                "생명", "생명공학", "보건업",
            ],
            .energy: ["energy", "에너지", "신재생", "신재생에너지", "원자력", "전력", "수소", "이차전지", "배터리", "에너지자원"],
            .environment: ["environment", "environmental", "climate", "환경", "기후", "기후환경", "탄소중립", "녹색"],
            .agriFood: [
                "agrifood", "agriculture", "agri", "food", "forestry", "farming", "농업", "농식품", "식품", "농림", "농림수산",
                "축산", "산림", "임업", "스마트팜", "농림축산", "농생명", "푸드테크",
            ],
            .marine: [
                "marine", "ocean", "maritime", "fisheries", "fishery", "shipbuilding", "해양", "해양수산", "수산", "조선", "조선해양",
                "해운", "항만", "양식", "수산업",
            ],
            .construction: [
                "construction", "infrastructure", "건설", "건설업", "건축", "국토", "국토교통", "토목", "스마트시티", "건설교통",
            ],
            .defense: ["defense", "defence", "military", "국방", "방산", "방위산업", "방위", "군사", "국방과학"],
            .culture: [
                "culture", "content", "contents", "media", "game", "games", "tourism", "문화", "콘텐츠", "문화콘텐츠", "게임",
                "관광", "미디어", "방송", "스포츠", "예술", "디자인", "문화예술",
            ],
            .safety: ["safety", "disaster", "재난", "안전", "재난안전", "소방", "방재", "치안"],
            .basicScience: [
                "basicscience", "science", "basic", "research", "기초과학", "기초", "기초연구", "과학", "이학", "자연과학",
            ],
        ]
        var aliases: [String: Sector] = [:]
        for sector in Sector.allCases {
            for name in names[sector] ?? [] { aliases[name] = sector }
            aliases[String(describing: sector).lowercased()] = sector  // every code, compacted: bio_health → biohealth
        }
        return aliases
    }()
}
