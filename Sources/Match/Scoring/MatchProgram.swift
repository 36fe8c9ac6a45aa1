import Foundation

/// A program as a match run reads it from the store: its id, its period and its stored features.
public struct MatchProgram: Sendable, Hashable {
    public var id: Int64
    public var start: Date?
    public var end: Date?
    public var openEnded: Bool
    public var features: ProgramFeatures

    public init(id: Int64, start: Date?, end: Date?, openEnded: Bool, features: ProgramFeatures) {
        self.id = id
        self.start = start
        self.end = end
        self.openEnded = openEnded
        self.features = features
    }

    /// Closed from its closing instant on (the store's `program_status()` rule).
    public func isClosed(asOf: Date) -> Bool {
        UrgencyBucket(end: end, openEnded: openEnded, asOf: asOf) == .closed
    }
}

/// One stored match: the organization, the program, the score and its breakdown.
public struct ScoredMatch: Sendable, Hashable {
    public var organizationID: Int64
    public var programID: Int64
    public var breakdown: MatchBreakdown

    public init(organizationID: Int64, programID: Int64, breakdown: MatchBreakdown) {
        self.organizationID = organizationID
        self.programID = programID
        self.breakdown = breakdown
    }

    public var score: Int { breakdown.score }

    /// The order of a top-K list: higher score first, then the lower program id (stable, needs no clock).
    public static func ranksBefore(_ a: (score: Int, programID: Int64), _ b: (score: Int, programID: Int64)) -> Bool {
        a.score != b.score ? a.score > b.score : a.programID < b.programID
    }
}
