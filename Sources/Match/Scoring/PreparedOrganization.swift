import Parse

/// An organization reduced to what the scorer compares, computed once per run: sector index, masks of excluded
/// sectors, regions and certifications, its TRL range and its track-record points.
public struct PreparedOrganization: Sendable {
    public let organization: Organization
    /// Index into `Sector.allCases`, or `Sector.allCases.count` when unknown.
    let sectorIndex: Int
    let excludedSectors: UInt32
    let regions: UInt32
    let certifications: UInt32
    let trl: ClosedRange<Int>?
    let trackPoints: UInt8
    /// The eligibility bits that admit it (`OrganizationTypeBits`).
    let admittingTypes: UInt8
    /// A company that gave no scale: any company wording admits it, an uncertain one lowers its points.
    let companyScaleUnknown: Bool
    /// Key technologies and research focus, deduplicated, as written.
    public let keywords: [String]

    public init(_ organization: Organization) {
        self.organization = organization
        let sector = organization.industrySector.flatMap(Sector.named)
        sectorIndex = sector.map(Sector.index) ?? Sector.allCases.count
        excludedSectors = organization.excludedDomains.reduce(0) { mask, domain in
            guard let sector = Sector.named(domain) else { return mask }
            return mask | Sector.bit(sector)
        }
        regions = RegionMask.of(organization.regions)
        certifications = CertificationMask.of(organization.certifications)
        if let target = organization.trlTarget {
            trl = target
        } else if let current = organization.trlCurrent {
            trl = current...current
        } else {
            trl = nil
        }
        trackPoints = Self.trackPoints(organization.rndExperience)
        admittingTypes = OrganizationTypeBits.admitting(kind: organization.kind, scale: organization.scale)
        companyScaleUnknown = organization.kind == .company && organization.scale == nil
        var seen = Set<String>()
        keywords = (organization.keyTechnologies + organization.researchFocus).filter { keyword in
            let trimmed = keyword.trimmingWhitespace
            return !trimmed.isEmpty && seen.insert(trimmed).inserted
        }
    }

    public var sector: Sector? { sectorKnown ? Sector.allCases[sectorIndex] : nil }
    var sectorKnown: Bool { sectorIndex < Sector.allCases.count }

    /// Up to 6 points for projects carried out, 2 for collaborations, 2 for a research lab; 2 in all when the
    /// organization says nothing (unknown is not none).
    static func trackPoints(_ experience: RnDExperience) -> UInt8 {
        if experience == .unknown { return 2 }
        var points = 0
        switch experience.projects ?? 0 {
        case 5...: points += 6
        case 2...: points += 4
        case 1: points += 3
        default: break
        }
        switch experience.collaborations ?? 0 {
        case 3...: points += 2
        case 1...: points += 1
        default: break
        }
        if experience.hasResearchLab == true { points += 2 }
        return UInt8(min(points, ScoreComponent.track.maximum))
    }
}

/// The 17 regions as bits, in `KoreanRegions.canonical` order.
enum RegionMask {
    static let bits: [String: UInt32] = Dictionary(
        uniqueKeysWithValues: KoreanRegions.canonical.enumerated().map { ($1, UInt32(1) << UInt32($0)) })

    static func of(_ regions: [String]) -> UInt32 {
        regions.reduce(0) { $0 | (bits[$1] ?? bits[KoreanRegions.canonicalName($1) ?? ""] ?? 0) }
    }
}

/// Certifications as bits, in `Certification.canonical` order.
enum CertificationMask {
    static let bits: [String: UInt32] = Dictionary(
        uniqueKeysWithValues: Certification.canonical.enumerated().map { ($1, UInt32(1) << UInt32($0)) })

    static func of(_ certifications: [String]) -> UInt32 {
        certifications.reduce(0) { $0 | (Certification.canonicalName($1).flatMap { bits[$0] } ?? 0) }
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
