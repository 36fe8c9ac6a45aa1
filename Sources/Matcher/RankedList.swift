import Foundation
import Match

/// A program's place in a ranking without its breakdown: what a reserve keeps.
struct RankedEntry: Sendable, Hashable {
    let programID: Int64
    let score: Int

    var rank: (score: Int, programID: Int64) { (score, programID) }

    /// `id:score,id:score` in rank order (the `reserve` column).
    static func encode(_ entries: [RankedEntry]) -> String {
        entries.map { "\($0.programID):\($0.score)" }.joined(separator: ",")
    }

    static func decode(_ text: String) -> [RankedEntry] {
        text.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":")
            guard parts.count == 2, let id = Int64(parts[0]), let score = Int(parts[1]) else { return nil }
            return RankedEntry(programID: id, score: score)
        }
    }
}

/// One organization's new top list, as a full ranking produced it, with the reserve behind it.
struct RankedList: Sendable {
    let organizationID: Int64
    let profileUpdatedAt: Date
    let matches: [ScoredMatch]
    let reserve: [RankedEntry]
    /// Nothing beyond the list and the reserve scored enough.
    let reserveComplete: Bool
    /// FNV-1a (64 bit) over the list in rank order: program, score and breakdown. Equal digests mean the stored
    /// rows would be rewritten identically, so a full run skips them (and leaves the organization's cache alone).
    let digest: String

    /// Ranks `organization` whole: the top K stored, the next `reserveSize` kept in its state.
    init(
        _ organization: LoadedOrganization, catalog: MatchCatalog, topK: Int, reserveSize: Int, minimumScore: Int,
        scratch: inout MatchScratch
    ) {
        let ranked = catalog.topMatches(
            for: organization.prepared, limit: topK + reserveSize, minimumScore: minimumScore, scratch: &scratch)
        organizationID = organization.prepared.organization.id
        profileUpdatedAt = organization.updatedAt
        matches = Array(ranked.prefix(topK))
        reserve = ranked.dropFirst(topK).map { RankedEntry(programID: $0.programID, score: $0.score) }
        reserveComplete = ranked.count < topK + reserveSize
        digest = Self.digest(of: matches)
    }

    static func digest(of matches: [ScoredMatch]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        for match in matches {
            mix("\(match.programID):\(match.score):")
            mix(match.breakdown.json)
            mix(";")
        }
        return MatchAlgorithm.version + "/" + String(hash, radix: 16)
    }

    /// The rank order's last entry (what a new score must beat once the list is full).
    var last: ScoredMatch? { matches.last }
}

/// What `match_org_state` says of one organization.
struct OrganizationMatchState: Sendable {
    let profileUpdatedAt: Date
    let algorithmVersion: String
    let matchCount: Int
    let lastScore: Int?
    let lastProgramID: Int64?
    let listDigest: String?
    let reserve: [RankedEntry]
    let reserveComplete: Bool
}
