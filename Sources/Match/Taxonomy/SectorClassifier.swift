import Parse

/// Places a program in up to three sectors from the words of its title (the strongest evidence), business name,
/// fields and keywords, the hints of its ministry and announcing agency, and the terms of its body (weak, capped).
/// Words count as terms (`SectorKeywords`), so `양자암호통신` counts `암호` and `통신` for ICT and never `암` for bio.
public enum SectorClassifier {
    /// The terms of each piece of a program, as `ProgramFeatures` extracts them.
    struct Evidence {
        /// The title as written, for the ministries it names.
        var titleText = ""
        var title = TermCollector(limit: .max)
        var businessName = TermCollector(limit: .max)
        var fields = TermCollector(limit: .max)
        var keywords = TermCollector(limit: .max)
        var body = TermCollector(limit: .max)
        var ministry: String?
        var announcingAgency: String?
        var agency: Agency?
    }

    /// The terms of `texts`, together.
    static func terms(_ texts: String?...) -> TermCollector { terms(texts.compactMap { $0 }) }

    static func terms(_ texts: [String]) -> TermCollector {
        var collector = TermCollector(limit: .max)
        for text in texts { KoreanTerms.collect(text, into: &collector) }
        return collector
    }

    /// How much one keyword weighs by where it is found.
    enum Factor {
        static let title = 3.0
        /// Added for the first keyword of the title: titles name the program first (`농업연구개발사업 …
        /// 기후변화대응`), so it settles a tie.
        static let leadingTitleKeyword = 0.5
        static let fields = 2.5
        static let businessName = 2.0
        static let keywords = 2.0
        static let body = 0.3
        /// The most the body adds to one sector: it can tip a title with few keywords, never outweigh it.
        static let bodyCap = 1.5
        static let ministry = 2.0
        /// A ministry the title names (`식품의약품안전처 출연연구개발사업`), when the ministry field does not say.
        static let ministryInTitle = 1.5
        static let agency = 1.0
    }

    /// The score at which a sector is certain (weight 1); weights are score / saturation, capped at 1.
    static let saturation = 6.0
    /// A sector is listed when its score reaches this and `secondaryShare` of the strongest one's.
    static let minimumScore = 1.0
    static let secondaryShare = 0.4
    static let maximumSectors = 3

    static func sectors(_ evidence: Evidence) -> [SectorWeight] {
        let scores = self.scores(evidence)
        let ranked = Sector.allCases.indices.filter { scores[$0] > 0 }.sorted {
            scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1
        }
        guard let top = ranked.first.map({ scores[$0] }) else { return [] }
        let floor = max(minimumScore, secondaryShare * top)
        return ranked.prefix(maximumSectors).filter { scores[$0] >= floor }.map {
            SectorWeight(Sector.allCases[$0], (min(1, scores[$0] / saturation) * 100).rounded() / 100)
        }
    }

    /// The score of every sector, in `Sector.allCases` order. A term found in several strong fields counts once, at
    /// its strongest; body terms count only when no strong field has them.
    static func scores(_ evidence: Evidence) -> [Double] {
        var scores = [Double](repeating: 0, count: Sector.allCases.count)
        let fields = [
            (evidence.title, Factor.title), (evidence.fields, Factor.fields),
            (evidence.businessName, Factor.businessName), (evidence.keywords, Factor.keywords),
        ]
        var factors: [UInt64: Double] = [:]
        var order: [(field: Int, term: Int)] = []
        for (field, (terms, factor)) in fields.enumerated() {
            for term in terms.spans.indices {
                let hash = terms.hashes[term]
                if let known = factors[hash] {
                    factors[hash] = max(known, factor)
                } else {
                    factors[hash] = factor
                    order.append((field, term))
                }
            }
        }
        var leading = true
        for (field, term) in order {
            let terms = fields[field].0
            let sectors = SectorKeywords.sectors(of: terms, term)
            var factor = factors[terms.hashes[term]]!
            if leading, field == 0, !sectors.isEmpty {
                factor += Factor.leadingTitleKeyword
                leading = false
            }
            for (sector, weight) in sectors { scores[Sector.index(sector)] += factor * weight }
        }
        var body = [Double](repeating: 0, count: scores.count)
        let bodyTerms = evidence.body
        for term in bodyTerms.spans.indices where factors[bodyTerms.hashes[term]] == nil {
            for (sector, weight) in SectorKeywords.sectors(of: bodyTerms, term) {
                body[Sector.index(sector)] += Factor.body * weight
            }
        }
        for position in scores.indices { scores[position] += min(Factor.bodyCap, body[position]) }
        for (sector, weight) in SectorHints.ministry(evidence.ministry) {
            scores[Sector.index(sector)] += Factor.ministry * weight
        }
        if evidence.ministry == nil {
            for (sector, weight) in SectorHints.ministriesNamed(inTitle: evidence.titleText) {
                scores[Sector.index(sector)] += Factor.ministryInTitle * weight
            }
        }
        for (sector, weight) in SectorHints.agency(evidence.announcingAgency, agency: evidence.agency) {
            scores[Sector.index(sector)] += Factor.agency * weight
        }
        return scores
    }

    /// The sector the keywords of `text` point to most, nil when none does: `Sector.named`'s last resort for free
    /// text such as `전자부품, 컴퓨터, 영상, 음향 및 통신장비 제조업`.
    static func strongest(inTermsOf text: String) -> Sector? {
        let scores = self.scores(Evidence(title: terms(text)))
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
        return Sector.allCases[best]
    }
}
