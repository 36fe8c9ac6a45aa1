/// Who may apply for a call, read from its wording: organization types, whether a consortium is required, and the
/// regions applicants must be in — each finding with the clause it came from and a confidence.
///
/// The original pipeline matched keywords as raw substrings anywhere in a page, so `양자암호통신` counted as cancer
/// research, every footer address became a region and any mention of a company type became a requirement. Here words
/// are matched whole, in clauses, and the heading a clause sits under (지원대상, 신청자격, 주관기관 …) and the words
/// around it decide whether the organization applies, joins a consortium, is a partner, or is excluded.
public enum EligibilityText {
    /// Stated where the page says who applies: under 지원대상/신청자격, or as 주관기관.
    public static let statedConfidence = 1.0
    /// Stated less directly: a consortium participant (공동연구개발기관, 참여기관), or a consortium or region statement
    /// outside an eligibility heading (in 신청방법, in the title).
    public static let indirectConfidence = 0.8
    /// Merely mentioned elsewhere, in a sentence about applying or support (a purpose, a title). Such mentions are
    /// not findings of who may apply (`국내 중소기업을 대상으로 … 랜섬웨어 감염 사례가 확산` says nothing of applicants);
    /// only a region hint (`지역혁신`) is reported this weak.
    public static let mentionedConfidence = 0.6

    /// What the analyzed text is: a whole announcement body, or a section already known to say who may apply (its
    /// organizations then count as applicants even without a heading).
    public enum Scope: Sendable, Hashable {
        case body, eligibilitySection
    }

    /// The part an organization plays in a call, as a clause states it.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// May apply: named under 지원대상/신청자격 or as 주관기관.
        case applicant
        /// May take part in a consortium (공동연구개발기관, 참여기관, `대기업은 참여기관으로만 참여 가능`).
        case participant
        /// Takes part without applying: a 수요기업/수요처, an evaluator, an institute lending researchers.
        case partner
        /// May not apply: `… 은 신청 제외`, `참여 제한`, `지원 불가`.
        case excluded
        /// Named somewhere else in the text, with no role stated.
        case mentioned
    }

    /// One organization type found in a clause, with the role the clause gives it.
    public struct Mention: Sendable, Hashable {
        public var type: OrganizationType
        public var role: Role
        /// The clause it was found in, as written.
        public var phrase: String
    }

    /// Reads who may apply from a 지원대상/신청자격 section or a whole announcement body.
    ///
    /// Organization types are applicants (1.0) and consortium participants (0.8); types merely mentioned, partners
    /// and excluded types are left out (see `mentions(in:scope:)` for them). One finding per type, the most certain.
    public static func analyze(_ text: String, scope: Scope = .body) -> Eligibility {
        let clauses = clauses(of: text, scope: scope)
        return Eligibility(
            organizationTypes: organizationFindings(clauses.flatMap(mentions(in:))),
            consortiumRequired: consortiumFinding(in: clauses),
            regions: regionFindings(in: clauses))
    }

    /// Every organization type the text names, with its role, in text order: what `analyze` builds on, and where
    /// exclusions and partners can be seen.
    public static func mentions(in text: String, scope: Scope = .body) -> [Mention] {
        clauses(of: text, scope: scope).flatMap(mentions(in:))
    }

    /// The confidence a role gives a finding; nil for roles that make no finding (mentions, partners, exclusions).
    public static func confidence(of role: Role) -> Double? {
        switch role {
        case .applicant: statedConfidence
        case .participant: indirectConfidence
        case .mentioned, .partner, .excluded: nil
        }
    }

    /// One finding per type: the highest confidence, the earliest clause among equals.
    static func organizationFindings(_ mentions: [Mention]) -> [Finding<OrganizationType>] {
        var best: [OrganizationType: Finding<OrganizationType>] = [:]
        for mention in mentions {
            guard let confidence = confidence(of: mention.role) else { continue }
            if let known = best[mention.type], known.confidence >= confidence { continue }
            best[mention.type] = Finding(mention.type, phrase: mention.phrase, confidence: confidence)
        }
        return best.values.sorted { $0.value < $1.value }
    }
}
