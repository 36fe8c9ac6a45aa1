/// The scoring algorithm's version and weights. Every stored match carries the version; a run under another version
/// recomputes everything (a full run), so no table ever mixes two algorithms' scores.
public enum MatchAlgorithm {
    /// Bump on any change to gates, components, weights or buckets (documented in docs/MATCHING.md).
    public static let version = "2026.11.1"

    /// Top matches kept per organization unless the settings say otherwise.
    public static let defaultTopK = 50

    /// Matches below this score are not stored: they would only pad a short list with noise.
    public static let defaultMinimumScore = 25

    /// A program's sector is "related" to an organization's from this relevance on; below it, a program with no
    /// keyword in common with the organization is gated out as unrelated.
    public static let relatedSector = 0.5
}

/// The components of a score, each with its most points (they add up to 100). Codes are stored in every match.
public enum ScoreComponent: String, Sendable, CaseIterable, Codable {
    /// How related the program's sectors are to the organization's sector.
    case domain = "d"
    /// Organization keywords (key technologies, research focus) found among the program's terms.
    case keywords = "k"
    /// The organization's TRL against the program's stated range.
    case trl = "t"
    /// The program's admitted organization types and scales against the organization's.
    case scale = "s"
    /// Government R&D projects, collaborations and a research lab.
    case track = "r"
    /// Certifications the program prefers that the organization holds.
    case certification = "c"
    /// How soon the program closes (bucketed, so only a bucket change moves it).
    case urgency = "u"

    public var maximum: Int {
        switch self {
        case .domain: 30
        case .keywords: 25
        case .trl: 10
        case .scale: 10
        case .track: 10
        case .certification: 5
        case .urgency: 10
        }
    }

    public var koreanName: String {
        switch self {
        case .domain: "분야 적합도"
        case .keywords: "핵심기술 키워드"
        case .trl: "기술성숙도(TRL)"
        case .scale: "신청 자격(기관 유형·규모)"
        case .track: "R&D 수행 실적"
        case .certification: "인증 가점"
        case .urgency: "마감 임박도"
        }
    }
}

/// Why a pair was not scored. Each is a hard rule the program states (or its closing); unknowns never gate.
public enum GateReason: String, Sendable, CaseIterable, Codable {
    case closed
    case notRnDCall = "not_rnd_call"
    case typeNotEligible = "type_not_eligible"
    case regionNotEligible = "region_not_eligible"
    case trlOutOfRange = "trl_out_of_range"
    case excludedDomain = "excluded_domain"
    case unrelatedDomain = "unrelated_domain"

    public var koreanText: String {
        switch self {
        case .closed: "접수가 마감된 공고입니다"
        case .notRnDCall: "R&D 과제 공모가 아닙니다(수요조사·안내·행사 등)"
        case .typeNotEligible: "공고가 밝힌 신청 자격(기관 유형·기업 규모)에 해당하지 않습니다"
        case .regionNotEligible: "공고가 정한 지역 요건을 충족하지 않습니다"
        case .trlOutOfRange: "공고가 정한 TRL 범위를 벗어납니다"
        case .excludedDomain: "기관이 제외한 분야의 공고입니다"
        case .unrelatedDomain: "기관의 분야와 관련이 없고 공통 키워드도 없습니다"
        }
    }
}
