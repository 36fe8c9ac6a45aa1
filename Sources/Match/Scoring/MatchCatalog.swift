import Foundation

/// Every program of a match run, prepared once at the run's as-of instant: the scorer's view of each program, the
/// programs each organization sector can relate to, and which programs every organization keyword hits. Immutable
/// once built, so the run's batches share it across tasks.
public struct MatchCatalog: Sendable {
    public let asOf: Date
    let programs: [CatalogProgram]
    let positions: [Int64: Int32]
    /// Per organization sector index (the last one is "unknown"): domain points of every program.
    let domainPoints: [[UInt8]]
    /// Per organization sector index: the programs open to everyone that are related (or of unknown sector).
    let relatedPrograms: [[Int32]]
    /// Per organization sector index: whether each program is related (relevance ≥ `MatchAlgorithm.relatedSector`).
    let isRelated: [[Bool]]
    /// Programs whose title terms / body terms each keyword hits.
    let keywordHits: [String: KeywordHits]

    struct KeywordHits: Sendable {
        var title: [Int32]
        var body: [Int32]
    }

    /// - Parameter keywords: every keyword of the organizations the run scores (their hits are looked up once).
    public init(programs: [MatchProgram], keywords: some Sequence<String>, asOf: Date) {
        self.asOf = asOf
        let prepared = programs.map { CatalogProgram($0, asOf: asOf) }
        self.programs = prepared
        positions = Dictionary(
            prepared.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let sectorCount = Sector.allCases.count
        var domainPoints: [[UInt8]] = []
        var relatedPrograms: [[Int32]] = []
        var isRelated: [[Bool]] = []
        for sectorIndex in 0...sectorCount {
            let sector = sectorIndex < sectorCount ? Sector.allCases[sectorIndex] : nil
            var points = [UInt8](repeating: 0, count: prepared.count)
            var related: [Int32] = []
            var flags = [Bool](repeating: false, count: prepared.count)
            for (position, program) in prepared.enumerated() {
                let relevance = Self.relevance(of: sector, to: program.sectors)
                points[position] = UInt8((relevance * Double(ScoreComponent.domain.maximum)).rounded())
                flags[position] = relevance >= MatchAlgorithm.relatedSector
                if program.commonGate == nil, flags[position] { related.append(Int32(position)) }
            }
            domainPoints.append(points)
            relatedPrograms.append(related)
            isRelated.append(flags)
        }
        self.domainPoints = domainPoints
        self.relatedPrograms = relatedPrograms
        self.isRelated = isRelated
        keywordHits = Self.hits(of: Set(keywords), in: programs)
    }

    public var programCount: Int { programs.count }

    /// 0...1: the primary sector counts fully, the others at 80 %; an unknown side is 0.5 (neither related nor not).
    static func relevance(of organizationSector: Sector?, to sectors: [SectorWeight]) -> Double {
        guard let organizationSector, let primary = sectors.first else { return 0.5 }
        var best = organizationSector.relevance(toProgramIn: primary.sector)
        for secondary in sectors.dropFirst() {
            best = max(best, 0.8 * organizationSector.relevance(toProgramIn: secondary.sector))
        }
        return best
    }

    /// Builds one term index over every program's terms and asks it for each keyword's terms.
    static func hits(of keywords: Set<String>, in programs: [MatchProgram]) -> [String: KeywordHits] {
        var termIDs: [String: Int32] = [:]
        var vocabulary: [String] = []
        var titlePrograms: [[Int32]] = []
        var bodyPrograms: [[Int32]] = []
        func record(_ term: String, _ position: Int32, title: Bool) {
            let id: Int32
            if let known = termIDs[term] {
                id = known
            } else {
                id = Int32(vocabulary.count)
                termIDs[term] = id
                vocabulary.append(term)
                titlePrograms.append([])
                bodyPrograms.append([])
            }
            if title { titlePrograms[Int(id)].append(position) } else { bodyPrograms[Int(id)].append(position) }
        }
        for (position, program) in programs.enumerated() {
            for term in program.features.titleTerms { record(term, Int32(position), title: true) }
            for term in program.features.bodyTerms { record(term, Int32(position), title: false) }
        }
        let index = TermIndex(vocabulary: vocabulary)
        var hits: [String: KeywordHits] = [:]
        for keyword in keywords {
            let terms = index.matches(keyword)
            var title = Set<Int32>()
            var body = Set<Int32>()
            for term in terms {
                title.formUnion(titlePrograms[Int(term)])
                body.formUnion(bodyPrograms[Int(term)])
            }
            body.subtract(title)
            hits[keyword] = KeywordHits(title: title.sorted(), body: body.sorted())
        }
        return hits
    }
}
