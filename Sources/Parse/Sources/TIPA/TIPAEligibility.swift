/// Who may apply, as TIPA's posts state it: what `EligibilityText` reads (applicants and consortium members; a type
/// the text only mentions in passing, `국내 중소기업을 대상으로 … 랜섬웨어 감염 사례가 확산`, is no finding).
///
/// An event's `참가대상` names everyone who attends: the 수요기업(대·중견기업) it invites take part as much as the SMEs,
/// so there every type the line names counts (a call's 지원대상 names partners it does not fund, and those stay out).
enum TIPAEligibility {
    /// - Parameter lines: the body's labelled lines, as the parser has already read them.
    static func of(body: String, lines: TIPABodyLines, kind: ProgramKind) -> Eligibility {
        var eligibility = EligibilityText.analyze(body)
        guard kind == .event, let attendees = lines.value(["참가대상", "참석대상"]) else {
            return eligibility
        }
        let confidence = EligibilityText.indirectConfidence
        let known = Set(eligibility.organizationTypes.map(\.value))
        var added = Set<OrganizationType>()
        for mention in EligibilityText.mentions(in: attendees, scope: .eligibilitySection)
        where mention.role != .excluded && !known.contains(mention.type) && !added.contains(mention.type) {
            added.insert(mention.type)
            eligibility.organizationTypes.append(
                Finding(mention.type, phrase: mention.phrase, confidence: confidence))
        }
        eligibility.organizationTypes.sort { $0.value < $1.value }
        return eligibility
    }
}
