import Foundation
import Match
import Matcher
import Parse
import PostgresClient
import Store
import TestSupport

/// A schema with programs stored through the real store and organizations in the real table, for match runs.
struct MatcherFixture {
    let database: PostgresConnection
    let url: String

    static let asOf = KoreaTime.instant(LocalDate(year: 2026, month: 3, day: 2)!, hour: 9)
    static let day = 86_400.0

    static func with(_ body: (MatcherFixture) async throws -> Void) async throws {
        try await TestDatabase.withSchema { database, schema in
            try await MigrationRunner(connection: database).migrate()
            try await SourceCatalog(connection: database).sync([
                .init(
                    code: "iris.detail", agency: nil, name: "IRIS", kind: "html_detail", host: "www.iris.go.kr",
                    shared: true, enabled: true)
            ])
            let url = TestDatabase.url(try ServiceURLs.databaseURL(), searchPath: schema)
            try await body(MatcherFixture(database: database, url: url))
        }
    }

    /// An IRIS call closing `days` after the fixture's as-of at 18:00 KST of that day.
    static func call(
        _ id: String, _ title: String, agency: Agency = .iitp, closesAfter days: Int = 40, kind: ProgramKind = .rndCall,
        types: [OrganizationType] = [], ministry: String? = nil
    ) -> Program {
        var program = Program(agency: agency, source: "iris.detail", sourceID: id, title: title, kind: kind)
        program.ministry = ministry
        // Korea keeps no daylight saving time: a day is 86,400 s.
        let date = KoreaTime.localDate(of: asOf.addingTimeInterval(Double(days) * 86_400))!
        program.period = ApplicationPeriod(end: KoreaTime.instant(date, hour: 18), closingTimeGiven: true)
        program.eligibility.organizationTypes = types.map { Finding($0, phrase: "", confidence: 1) }
        return program
    }

    func store(_ programs: [Program]) async throws {
        _ = try await ProgramStore(connection: database).store(programs)
    }

    @discardableResult
    func organization(
        _ name: String, kind: String = "company", scale: String? = "sme", sector: String?, keywords: [String]
    ) async throws -> Int64 {
        let rows = try await database.query(
            """
            INSERT INTO organizations (name, org_type, company_scale, industry_sector, key_technologies)
            VALUES (\(name), \(kind), \(scale), \(sector), \(keywords)) RETURNING id
            """)
        return try rows[0].decode(Int64.self, "id")
    }

    func run(_ mode: MatchMode, at asOf: Date, topK: Int = 3, batchSize: Int = 2) async throws -> MatchRunSummary {
        try await MatchRecompute(databaseURL: url).run(
            MatchOptions(mode: mode, asOf: asOf, topK: topK, minimumScore: 1, batchSize: batchSize, concurrency: 2))
    }

    /// Every stored match, in a stable order, with everything a reader sees of it.
    func snapshot() async throws -> [String] {
        try await database.query(
            """
            SELECT organization_id || ' ' || program_id || ' ' || score || ' ' || confidence || ' ' || reasons::text
                AS line
            FROM funding_matches ORDER BY organization_id, program_id
            """
        ).map { try $0.decode(String.self, "line") }
    }

    func count(_ sql: String) async throws -> Int {
        try await database.query(PostgresQuery(unsafeSQL: "SELECT (\(sql))::int AS n"))[0].decode(Int.self, "n")
    }
}
