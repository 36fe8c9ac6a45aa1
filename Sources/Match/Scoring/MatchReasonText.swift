import Foundation

/// Korean reason texts for stored breakdowns: what `matches` and `explain` print, and what the web app can show.
/// Rendered from the stored codes and points alone, so any stored row can be explained without re-scoring it.
public enum MatchReasonText {
    /// One line for the whole score.
    public static func summary(score: Int) -> String {
        switch score {
        case 75...: "매우 적합한 지원사업입니다."
        case 60..<75: "적합한 지원사업입니다."
        case 45..<60: "검토해 볼 만한 지원사업입니다."
        default: "참고할 만한 지원사업입니다."
        }
    }

    /// One line per component, `분야 적합도 27/30 — …`.
    public static func components(_ breakdown: MatchBreakdown) -> [String] {
        ScoreComponent.allCases.map { component in
            let points = breakdown.points(component)
            return "\(component.koreanName) \(points)/\(component.maximum) — "
                + reason(component, points: points, notes: breakdown.notes)
        }
    }

    /// What lowered the confidence, one line each.
    public static func uncertainties(_ notes: UncertaintyNotes) -> [String] {
        UncertaintyNotes.codes.compactMap { note, _ in notes.contains(note) ? text(note) : nil }
    }

    public static func reason(_ component: ScoreComponent, points: Int, notes: UncertaintyNotes) -> String {
        switch component {
        case .domain:
            if notes.contains(.organizationSectorUnknown) || notes.contains(.programSectorUnknown) {
                return "분야를 알 수 없어 중립 점수입니다"
            }
            return points >= 27
                ? "기관의 분야와 같은 분야의 공고입니다" : points >= 15 ? "기관의 분야와 관련된 분야의 공고입니다" : "분야는 다르지만 핵심기술 키워드가 공고 제목에 있습니다"
        case .keywords:
            if notes.contains(.organizationKeywordsUnknown) { return "기관의 핵심기술 정보가 없어 중립 점수입니다" }
            return points >= 19
                ? "핵심기술 키워드 여러 개가 공고 제목·분야에 나타납니다"
                : points >= 12
                    ? "핵심기술 키워드가 공고 제목·분야에 나타납니다"
                    : points > 0 ? "핵심기술 키워드가 공고 본문에 나타납니다" : "공통 키워드가 없습니다"
        case .trl:
            if notes.contains(.trlUnknown) { return "공고의 TRL 범위가 있으나 기관의 TRL을 알 수 없습니다" }
            return points >= 10
                ? "기관의 TRL이 공고 범위 안에 있습니다" : points >= 8 ? "기관의 TRL이 공고 범위와 일부 겹칩니다" : "공고에 TRL 조건이 없습니다"
        case .scale:
            if notes.contains(.organizationScaleUnknown) { return "기업 규모를 알 수 없어 중립 점수입니다" }
            return points >= 10
                ? "공고가 밝힌 신청 자격에 해당합니다"
                : points >= 6
                    ? "신청 자격에 해당하는 것으로 보이나 확실하지 않습니다"
                    : points >= 5 ? "공고에 신청 자격이 명시되지 않았습니다" : "신청 자격 해당 여부가 불확실합니다"
        case .track:
            return points >= 8
                ? "정부 R&D 수행 실적이 많습니다"
                : points >= 4 ? "정부 R&D 수행 실적이 있습니다" : points > 0 ? "R&D 실적 정보가 적습니다" : "R&D 수행 실적이 없습니다"
        case .certification:
            return points > 0 ? "공고가 우대하는 인증을 보유하고 있습니다" : "공고가 우대하는 인증이 없거나 보유하지 않았습니다"
        case .urgency:
            if notes.contains(.deadlineUnknown) { return "마감일을 알 수 없습니다" }
            return switch points {
            case 10: "마감이 7일 이내입니다"
            case 8: "마감이 30일 이내입니다"
            case 6: "마감이 60일 이내입니다"
            default: "마감까지 60일 이상 남았거나 상시 접수입니다"
            }
        }
    }

    static func text(_ note: UncertaintyNotes) -> String? {
        switch note {
        case .organizationSectorUnknown: "기관의 산업 분야 정보가 없습니다"
        case .programSectorUnknown: "공고의 분야를 판별하지 못했습니다"
        case .organizationKeywordsUnknown: "기관의 핵심기술 키워드가 없습니다"
        case .eligibilityUnstated: "공고에서 신청 자격을 찾지 못했습니다"
        case .eligibilityUncertain: "신청 자격 문구의 해석이 확실하지 않습니다"
        case .organizationScaleUnknown: "기업 규모 정보가 없습니다"
        case .regionUncertain: "지역 요건 문구의 해석이 확실하지 않습니다"
        case .organizationRegionUnknown: "공고에 지역 요건이 있으나 기관 소재지 정보가 없습니다"
        case .trlUnknown: "기관의 TRL 정보가 없습니다"
        case .deadlineUnknown: "공고의 마감일을 알 수 없습니다"
        default: nil
        }
    }
}

extension MatchBreakdown {
    /// Reads a stored breakdown (`reasons`, as `json` writes it), nil when it is not one. Only listings read them
    /// (a page of matches at a time), so the standard decoder is enough.
    public init?(json: String) {
        struct Stored: Decodable {
            var d, k, t, s, r, c, u: Int?
            var n: [String]?
        }
        guard let stored = try? JSONDecoder().decode(Stored.self, from: Data(json.utf8)) else { return nil }
        func points(_ value: Int?) -> UInt8 { UInt8(clamping: value ?? 0) }
        self.init(
            domain: points(stored.d), keywords: points(stored.k), trl: points(stored.t), scale: points(stored.s),
            track: points(stored.r), certification: points(stored.c), urgency: points(stored.u),
            notes: UncertaintyNotes(codes: stored.n ?? []))
    }
}
