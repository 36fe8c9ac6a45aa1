/// The certifications organizations hold and calls give extra points for (가점) or require, under one spelling each,
/// so an organization's `벤처인증` and a call's `벤처기업 확인기업` meet.
public enum Certification {
    /// Canonical names, in the order reasons list them.
    public static let canonical: [String] = [
        "벤처기업", "이노비즈", "메인비즈", "기업부설연구소", "연구전담부서", "여성기업", "장애인기업", "사회적기업", "소셜벤처",
        "뿌리기업", "소재부품장비전문기업", "우수그린비즈",
    ]

    /// Other ways the same certifications are written (compared without spaces; Latin letters lowercased).
    static let synonyms: [String: String] = [
        "벤처": "벤처기업", "벤처인증": "벤처기업", "벤처기업인증": "벤처기업", "벤처기업확인": "벤처기업", "venture": "벤처기업",
        "이노비즈인증": "이노비즈", "기술혁신형중소기업": "이노비즈", "innobiz": "이노비즈",
        "메인비즈인증": "메인비즈", "경영혁신형중소기업": "메인비즈", "mainbiz": "메인비즈",
        "부설연구소": "기업부설연구소", "연구소": "기업부설연구소", "기업연구소": "기업부설연구소",
        "연구개발전담부서": "연구전담부서",
        "여성기업확인": "여성기업", "장애인기업확인": "장애인기업", "사회적기업인증": "사회적기업",
        "소부장전문기업": "소재부품장비전문기업", "그린비즈": "우수그린비즈",
    ]

    /// The canonical name of a written certification, nil when it is none we know.
    public static func canonicalName(_ written: String) -> String? {
        let compact = String(written.unicodeScalars.filter { !$0.properties.isWhitespace }).lowercased()
        if canonical.contains(compact) { return compact }
        return synonyms[compact]
    }
}
