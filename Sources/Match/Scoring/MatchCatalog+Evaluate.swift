/// The outcome of one organization–program pair.
public enum MatchEvaluation: Sendable, Hashable {
    case gated(GateReason)
    case scored(MatchBreakdown)

    public var breakdown: MatchBreakdown? {
        if case .scored(let breakdown) = self { breakdown } else { nil }
    }
}

extension MatchCatalog {
    /// Scores one pair: the first gate that holds, or the components. `titleHits` / `bodyHits` count the
    /// organization's keywords found among the program's title and body terms.
    func evaluate(_ organization: PreparedOrganization, at position: Int, titleHits: Int, bodyHits: Int)
        -> MatchEvaluation
    {
        let program = programs[position]
        if let gate = program.commonGate { return .gated(gate) }
        if organization.excludedSectors & program.primarySectorBit != 0 { return .gated(.excludedDomain) }
        if !isRelated[organization.sectorIndex][position], titleHits == 0 { return .gated(.unrelatedDomain) }

        var breakdown = MatchBreakdown()

        // Who may apply: a confident reading that leaves the organization out gates; an uncertain one only lowers.
        let admitting = organization.admittingTypes
        if program.confidentTypes | program.uncertainTypes == 0 {
            breakdown.scale = 5
            breakdown.notes.insert(.eligibilityUnstated)
        } else if program.confidentTypes & admitting != 0 {
            breakdown.scale = 10
        } else if program.uncertainTypes & admitting != 0 {
            breakdown.scale = 6
            breakdown.notes.insert(.eligibilityUncertain)
        } else if program.confidentTypes != 0 {
            return .gated(.typeNotEligible)
        } else {
            breakdown.scale = 2
            breakdown.notes.insert(.eligibilityUncertain)
        }
        if organization.companyScaleUnknown, program.confidentTypes & OrganizationTypeBits.companies != 0,
            program.confidentTypes & OrganizationTypeBits.companies != OrganizationTypeBits.companies
        {
            breakdown.scale = min(breakdown.scale, 5)
            breakdown.notes.insert(.organizationScaleUnknown)
        }

        // Where: a stated region restriction the organization is outside of gates; unknown locations do not.
        if program.regions != 0 {
            if organization.regions == 0 {
                breakdown.notes.insert(.organizationRegionUnknown)
            } else if organization.regions & program.regions == 0 {
                if program.regionsConfident { return .gated(.regionNotEligible) }
                breakdown.notes.insert(.regionUncertain)
            }
        }

        // TRL: only a range the call states can gate, and only against a TRL the organization gave.
        if let range = program.trl {
            if let own = organization.trl {
                if !range.overlaps(own) { return .gated(.trlOutOfRange) }
                breakdown.trl = range.contains(own.lowerBound) && range.contains(own.upperBound) ? 10 : 8
            } else {
                breakdown.trl = 5
                breakdown.notes.insert(.trlUnknown)
            }
        } else {
            breakdown.trl = 5
        }

        breakdown.domain = domainPoints[organization.sectorIndex][position]
        if !organization.sectorKnown { breakdown.notes.insert(.organizationSectorUnknown) }
        if program.sectors.isEmpty { breakdown.notes.insert(.programSectorUnknown) }

        if organization.keywords.isEmpty {
            breakdown.keywords = 8
            breakdown.notes.insert(.organizationKeywordsUnknown)
        } else {
            breakdown.keywords = Self.keywordPoints(titleHits: titleHits, bodyHits: bodyHits)
        }

        breakdown.track = organization.trackPoints
        breakdown.certification = organization.certifications & program.certifications != 0 ? 5 : 0
        breakdown.urgency = program.urgency.points
        if program.deadlineUnknown { breakdown.notes.insert(.deadlineUnknown) }
        return .scored(breakdown)
    }

    /// 12 points for one keyword in the title terms, 19 for two, 25 for three; 3 more per body hit; at most 25.
    static func keywordPoints(titleHits: Int, bodyHits: Int) -> UInt8 {
        let title: [Int] = [0, 12, 19, 25]
        let points = title[min(titleHits, 3)] + 3 * min(bodyHits, 3)
        return UInt8(min(points, ScoreComponent.keywords.maximum))
    }
}
