import Foundation
import Match
import PostgresClient

/// `explain`: one organization–program pair scored again at an as-of instant, with every gate and component and
/// the evidence behind them (sectors, keywords that hit). Scoring a pair depends on nothing but the pair, so this
/// is what a run stored for it, given the same as-of and profile.
public struct MatchExplainer: Sendable {
    let database: PostgresConnection

    public init(database: PostgresConnection) {
        self.database = database
    }

    public struct Explanation: Sendable {
        public var organization: Organization
        public var programID: Int64
        public var programTitle: String
        public var asOf: Date
        public var evaluation: MatchEvaluation
        public var organizationSector: Sector?
        public var programSectors: [SectorWeight]
        public var titleKeywords: [String]
        public var bodyKeywords: [String]
        /// The score the table holds for the pair now, if it is among the organization's top K.
        public var storedScore: Int?
    }

    public func explain(organization: Organization, programID: Int64, asOf: Date) async throws -> Explanation {
        try await OpenPrograms.refreshStaleFeatures(of: [programID], in: database)
        let rows = try await database.query(
            """
            SELECT p.id, p.title, p.application_start, p.application_end, p.open_ended, p.features, m.score
            FROM programs p
            LEFT JOIN funding_matches m ON m.program_id = p.id AND m.organization_id = \(organization.id)
            WHERE p.id = \(programID)
            """)
        guard let row = rows.first else { throw MatcherError.unknownProgram(programID) }
        let program = try OpenPrograms.program(row)
        let features = program.features
        let prepared = PreparedOrganization(organization)
        let catalog = MatchCatalog(programs: [program], keywords: prepared.keywords, asOf: asOf)
        guard let explained = catalog.explain(prepared, programID: programID) else {
            throw MatcherError.unknownProgram(programID)
        }
        return Explanation(
            organization: organization, programID: programID, programTitle: try row.decode(String.self, "title"),
            asOf: asOf, evaluation: explained.evaluation, organizationSector: prepared.sector,
            programSectors: features.sectors, titleKeywords: explained.titleKeywords,
            bodyKeywords: explained.bodyKeywords, storedScore: try row.decode(Int?.self, "score"))
    }
}
