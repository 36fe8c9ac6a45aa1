import Foundation
import Parse

/// A program reduced to what the scorer compares at one as-of instant: masks instead of lists, its urgency bucket
/// and the gates that hold for every organization (closed, not an R&D call) already decided.
struct CatalogProgram: Sendable {
    let id: Int64
    /// Gated for everyone: closed or not an R&D call.
    let commonGate: GateReason?
    let sectors: [SectorWeight]
    let primarySectorBit: UInt32
    /// Admitted organization types as bits of `OrganizationType.allCases`, those read with confidence ≥ 0.8 apart.
    let confidentTypes: UInt8
    let uncertainTypes: UInt8
    let regions: UInt32
    let regionsConfident: Bool
    let trl: ClosedRange<Int>?
    let certifications: UInt32
    let urgency: UrgencyBucket
    let deadlineUnknown: Bool

    /// Readings at or above this confidence are the program's word; below it they only lower confidence.
    static let confident = 0.8

    init(_ program: MatchProgram, asOf: Date) {
        let features = program.features
        id = program.id
        urgency = UrgencyBucket(end: program.end, openEnded: program.openEnded, asOf: asOf)
        if urgency == .closed {
            commonGate = .closed
        } else if features.kind != .rndCall {
            commonGate = .notRnDCall
        } else {
            commonGate = nil
        }
        sectors = features.sectors
        primarySectorBit = features.primarySector.map(Sector.bit) ?? 0
        var confidentTypes: UInt8 = 0
        var uncertainTypes: UInt8 = 0
        for eligible in features.eligibleTypes {
            let bit = OrganizationTypeBits.bit(eligible.type)
            if eligible.confidence >= Self.confident { confidentTypes |= bit } else { uncertainTypes |= bit }
        }
        self.confidentTypes = confidentTypes
        self.uncertainTypes = uncertainTypes & ~confidentTypes
        regions = RegionMask.of(features.regions)
        regionsConfident = features.regionConfidence >= Self.confident
        if let low = features.trlMin ?? features.trlMax, let high = features.trlMax ?? features.trlMin, low <= high {
            trl = low...high
        } else {
            trl = nil
        }
        certifications = CertificationMask.of(features.preferredCertifications)
        deadlineUnknown = program.end == nil && !program.openEnded
    }
}

/// `Parse.OrganizationType` (types and scales as calls name them) as bits, and which of them admit an organization.
enum OrganizationTypeBits {
    static func bit(_ type: OrganizationType) -> UInt8 {
        switch type {
        case .startup: 1 << 0
        case .sme: 1 << 1
        case .midSized: 1 << 2
        case .large: 1 << 3
        case .university: 1 << 4
        case .researchInstitute: 1 << 5
        case .publicInstitution: 1 << 6
        }
    }

    static let companies: UInt8 = 0b1111

    /// The bits that admit this organization. A startup is also an SME (중소기업); a company of unknown scale is
    /// admitted by any company wording (unknown is not a failure).
    static func admitting(kind: OrganizationKind, scale: CompanyScale?) -> UInt8 {
        switch kind {
        case .company:
            switch scale {
            case .startup: bit(.startup) | bit(.sme)
            case .sme: bit(.sme)
            case .midSized: bit(.midSized)
            case .large: bit(.large)
            case nil: companies
            }
        case .university: bit(.university)
        case .researchInstitute: bit(.researchInstitute)
        case .publicInstitution: bit(.publicInstitution)
        }
    }
}
