import Parse

extension ProgramFeatures {
    /// At most this many distinct body terms are kept: bodies repeat boilerplate, and the features are stored for
    /// every program.
    static let bodyTermLimit = 300
    /// Only the start of a body is read for terms: the call itself comes first, forms and contacts after.
    static let bodyScalarLimit = 8_000

    /// Features of a parsed program (title, business name, ministry, announcing agency, fields, keywords, body,
    /// eligibility, TRL, kind), computed when the program is stored.
    public init(program: Program) {
        let evidence = SectorClassifier.Evidence(
            titleText: program.title, title: SectorClassifier.terms(program.title),
            businessName: SectorClassifier.terms(program.businessName), fields: SectorClassifier.terms(program.fields),
            keywords: SectorClassifier.terms(program.keywords),
            body: program.bodyText.map(Self.bodyTerms(of:)) ?? TermCollector(limit: 0), ministry: program.ministry,
            announcingAgency: program.announcingAgency, agency: program.agency)
        var titleTerms = evidence.title
        for terms in [evidence.businessName, evidence.fields, evidence.keywords] { titleTerms.add(terms) }
        let eligibility = program.eligibility
        self.init(
            kind: program.kind, sectors: SectorClassifier.sectors(evidence), titleTerms: titleTerms.sortedTerms,
            bodyTerms: evidence.body.sortedTerms, eligibleTypes: Self.eligibleTypes(eligibility.organizationTypes),
            regions: Self.regions(eligibility.regions),
            regionConfidence: eligibility.regions.map(\.confidence).max() ?? 0,
            consortiumRequired: eligibility.consortiumRequired?.value, trlMin: program.trl?.lowerBound,
            trlMax: program.trl?.upperBound,
            preferredCertifications: program.bodyText.map(CertificationCues.certifications(in:)) ?? [])
    }

    /// The first `bodyTermLimit` distinct terms of the first `bodyScalarLimit` characters of a body, in order.
    static func bodyTerms(of body: String) -> TermCollector {
        var collector = TermCollector(limit: bodyTermLimit)
        KoreanTerms.collect(body, into: &collector, scalarLimit: bodyScalarLimit)
        return collector
    }

    /// Each admitted type once, at the highest confidence any phrase gave it, in type order.
    static func eligibleTypes(_ findings: [Finding<OrganizationType>]) -> [EligibleType] {
        var best: [OrganizationType: Double] = [:]
        for finding in findings { best[finding.value] = max(best[finding.value] ?? 0, finding.confidence) }
        return best.keys.sorted().map { EligibleType($0, best[$0]!) }
    }

    /// Each region once under its short name (`부산광역시` → `부산`), in administrative order; names the region list
    /// does not know are kept as written, after the known ones.
    static func regions(_ findings: [Finding<String>]) -> [String] {
        let names = Set(findings.map { KoreanRegions.canonicalName($0.value) ?? $0.value })
        return KoreanRegions.canonical.filter(names.contains) + names.subtracting(KoreanRegions.canonical).sorted()
    }
}
