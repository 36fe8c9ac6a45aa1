/// Per-task working memory for ranking: keyword hit counts per program, reset after each organization through the
/// list of programs touched, so a batch allocates once, not once per organization.
public struct MatchScratch: Sendable {
    var titleHits: [UInt8]
    var bodyHits: [UInt8]
    var touched: [Int32]
    /// Pairs evaluated with this scratch so far (the run reports pairs scored per second).
    public internal(set) var pairsScored = 0

    public init(programCount: Int) {
        titleHits = [UInt8](repeating: 0, count: programCount)
        bodyHits = [UInt8](repeating: 0, count: programCount)
        touched = []
    }
}

extension MatchCatalog {
    public func makeScratch() -> MatchScratch { MatchScratch(programCount: programs.count) }

    /// The organization's best matches: at most `limit`, each scoring at least `minimumScore`, in rank order.
    /// Only programs of a related sector, or sharing a title keyword, are scored: every other program is gated as
    /// unrelated, so skipping it changes nothing.
    public func topMatches(
        for organization: PreparedOrganization, limit: Int, minimumScore: Int, scratch: inout MatchScratch
    ) -> [ScoredMatch] {
        countHits(of: organization, into: &scratch)
        defer { clearHits(&scratch) }
        var ranking = TopRanking(limit: limit)
        let orgID = organization.organization.id
        func consider(_ position: Int) {
            scratch.pairsScored += 1
            let evaluation = evaluate(
                organization, at: position, titleHits: Int(scratch.titleHits[position]),
                bodyHits: Int(scratch.bodyHits[position]))
            guard case .scored(let breakdown) = evaluation, breakdown.score >= minimumScore else { return }
            ranking.offer(ScoredMatch(organizationID: orgID, programID: programs[position].id, breakdown: breakdown))
        }
        let related = isRelated[organization.sectorIndex]
        for position in relatedPrograms[organization.sectorIndex] { consider(Int(position)) }
        for position in scratch.touched where !related[Int(position)] && scratch.titleHits[Int(position)] > 0 {
            if programs[Int(position)].commonGate == nil { consider(Int(position)) }
        }
        return ranking.sorted()
    }

    /// The evaluations of some programs (by id) for one organization: what an incremental run merges into the
    /// stored list. Ids the catalog does not hold are left out.
    public func evaluations(
        for organization: PreparedOrganization, programIDs: [Int64], scratch: inout MatchScratch
    ) -> [Int64: MatchEvaluation] {
        countHits(of: organization, into: &scratch)
        defer { clearHits(&scratch) }
        var result: [Int64: MatchEvaluation] = [:]
        for id in programIDs {
            guard let position = positions[id].map(Int.init) else { continue }
            result[id] = evaluate(
                organization, at: position, titleHits: Int(scratch.titleHits[position]),
                bodyHits: Int(scratch.bodyHits[position]))
        }
        return result
    }

    /// One pair, for `explain`: the evaluation and the organization keywords that hit the program.
    public func explain(_ organization: PreparedOrganization, programID: Int64) -> (
        evaluation: MatchEvaluation, titleKeywords: [String], bodyKeywords: [String]
    )? {
        guard let position = positions[programID] else { return nil }
        var titleKeywords: [String] = []
        var bodyKeywords: [String] = []
        for keyword in organization.keywords {
            guard let hits = keywordHits[keyword] else { continue }
            if hits.title.contains(position) {
                titleKeywords.append(keyword)
            } else if hits.body.contains(position) {
                bodyKeywords.append(keyword)
            }
        }
        let evaluation = evaluate(
            organization, at: Int(position), titleHits: titleKeywords.count, bodyHits: bodyKeywords.count)
        return (evaluation, titleKeywords, bodyKeywords)
    }

    private func countHits(of organization: PreparedOrganization, into scratch: inout MatchScratch) {
        for keyword in organization.keywords {
            guard let hits = keywordHits[keyword] else { continue }
            for position in hits.title {
                if scratch.titleHits[Int(position)] == 0, scratch.bodyHits[Int(position)] == 0 {
                    scratch.touched.append(position)
                }
                scratch.titleHits[Int(position)] &+= 1
            }
            for position in hits.body {
                if scratch.titleHits[Int(position)] == 0, scratch.bodyHits[Int(position)] == 0 {
                    scratch.touched.append(position)
                }
                scratch.bodyHits[Int(position)] &+= 1
            }
        }
    }

    private func clearHits(_ scratch: inout MatchScratch) {
        for position in scratch.touched {
            scratch.titleHits[Int(position)] = 0
            scratch.bodyHits[Int(position)] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
    }
}

/// The best `limit` matches seen so far: a min-heap on rank, so the worst kept match is replaced in O(log K).
struct TopRanking {
    let limit: Int
    private var heap: [ScoredMatch] = []

    init(limit: Int) {
        self.limit = limit
        heap.reserveCapacity(limit)
    }

    /// true when `a` ranks below `b` (the heap keeps the lowest-ranked at its root).
    private static func below(_ a: ScoredMatch, _ b: ScoredMatch) -> Bool {
        ScoredMatch.ranksBefore((b.score, b.programID), (a.score, a.programID))
    }

    mutating func offer(_ match: ScoredMatch) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(match)
            siftUp(heap.count - 1)
        } else if Self.below(heap[0], match) {
            heap[0] = match
            siftDown(0)
        }
    }

    func sorted() -> [ScoredMatch] {
        heap.sorted { ScoredMatch.ranksBefore(($0.score, $0.programID), ($1.score, $1.programID)) }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.below(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var lowest = parent
            if left < heap.count, Self.below(heap[left], heap[lowest]) { lowest = left }
            if right < heap.count, Self.below(heap[right], heap[lowest]) { lowest = right }
            guard lowest != parent else { return }
            heap.swapAt(parent, lowest)
            parent = lowest
        }
    }
}
