/// NTIS 국가R&D통합공고 (www.ntis.go.kr): every ministry's calls; ours are found by the detail page's 공고기관명.
enum NTISParsers {
    static var all: [any SourceParser.Type] { [NTISListParser.self, NTISDetailParser.self] }

    /// 부처명 of our four agencies' ministries (NTIS lists only the ministry; old and new names).
    static let ourMinistries: Set<String> = [
        "과학기술정보통신부", "산업통상자원부", "산업통상부", "중소벤처기업부", "해양수산부",
    ]
}
