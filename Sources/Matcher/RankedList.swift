import Foundation
import Match

/// One organization's new top list, as a full ranking produced it, with what its state row records.
struct RankedList: Sendable {
    let organizationID: Int64
    let profileUpdatedAt: Date
    let matches: [ScoredMatch]

    /// FNV-1a (64 bit) over the list in rank order: program, score and breakdown. Equal digests mean the stored
    /// rows would be rewritten identically, so a full run skips them (and leaves the organization's cache alone).
    var digest: String {
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
}
