/// What an announcement is: only R&D calls are matched to organizations; the rest are kept but gated out.
public enum ProgramKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A call for R&D proposals (공모, 신규지원 대상과제, 시행계획 공고 …).
    case rndCall = "rnd_call"
    /// 기술수요조사: the ministry asks what to fund; nobody applies for money.
    case demandSurvey = "demand_survey"
    /// 안내, 결과 발표, 설명회 자료 …
    case notice
    /// 설명회, 행사, 포럼 …
    case event
    /// Test rows the sites leave in their lists (`test`, `테스트`).
    case test
}

/// Who may apply, in the vocabulary the matcher uses.
public enum OrganizationType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case startup, sme
    case midSized = "mid_sized"
    case large, university
    case researchInstitute = "research_institute"
    case publicInstitution = "public_institution"

    public static func < (lhs: OrganizationType, rhs: OrganizationType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A value read from free text, with the phrase it came from and how sure the rule is (1.0 = stated outright).
public struct Finding<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var phrase: String
    public var confidence: Double

    public init(_ value: Value, phrase: String, confidence: Double) {
        self.value = value
        self.phrase = phrase
        self.confidence = confidence
    }
}
