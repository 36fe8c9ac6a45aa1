import AgencySim
import Foundation
import Match
import Matcher
import Organizations
import Parse
import PostgresClient
import Store
import Testing

/// Rules every reasonable matcher keeps on the fixture organizations and the fixture sites' calls, written before
/// the weights were tuned: they name what must (not) happen, not a snapshot of what the code printed.
@Suite("Match rules over the fixture organizations and calls", .serialized)
struct FixtureMatchRulesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The fixture catalog's clock.
    static let asOf = ISO8601DateFormatter().date(from: "2026-11-20T01:00:00Z")!

    /// Every program of the fixture detail pages, parsed as the simulator serves them, plus two calls the fixture
    /// sites do not carry but the original matcher got wrong (a 치매 clinical call, a ballast-water call).
    static func programs() throws -> [Program] {
        let configs = try AgencyConfigLoader(parsers: ParserRegistry.rules).loadDirectory(
            root.appendingPathComponent("agencies").path)
        let sources = Dictionary(configs.flatMap(\.sources).map { ($0.id, $0) }) { first, _ in first }
        let simulator = try AgencySimulator(fixturesRoot: root.appendingPathComponent("Fixtures"))
        let folder = root.appendingPathComponent("Fixtures/golden")
        var programs: [Program] = []
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)!
        where path.hasSuffix(".json") && !path.hasSuffix(".list.json") && !path.contains(".changed.") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path),
                let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let source = (json["source"] as? String).flatMap({ sources[$0] }), let url = json["url"] as? String,
                let page = json["page"] as? String, !page.contains("/changed/"),
                let response = simulator.fixtureResponse(
                    url: url, method: json["method"] as? String ?? "GET",
                    form: json["form"] as? [String: String] ?? [:]),
                response.status == 200, let parser = ParserRegistry.parser(named: source.parser)
            else { continue }
            let fetched = FetchedPage(
                url: url, bytes: response.body,
                declaredCharset: FetchedPage.charset(inContentType: response.header("Content-Type")))
            guard let result = try? parser.init().parse(fetched, source: source) else { continue }
            programs += result.programs.filter { $0.agency != nil }
        }
        var dementia = Program(
            agency: .keit, source: "iris.detail", sourceID: "rule-dementia",
            title: "2027년도 치매극복연구개발사업 임상연구 신규과제 공고")
        dementia.ministry = "보건복지부"
        dementia.bodyText = "치매 조기진단 및 치료제 임상시험을 지원합니다. 지원대상: 의료기관, 대학, 연구기관, 중소기업"
        var ballast = Program(
            agency: .kimst, source: "iris.detail", sourceID: "rule-ballast",
            title: "2027년도 선박평형수 처리설비 성능 고도화 기술개발 신규과제 공고")
        ballast.ministry = "해양수산부"
        ballast.bodyText = "선박평형수 처리장치의 생물 사멸 성능과 데이터 기반 모니터링을 고도화합니다."
        for var extra in [dementia, ballast] {
            let end = LocalDate(year: 2026, month: 12, day: 18).map { KoreaTime.instant($0, hour: 18) }
            extra.period = ApplicationPeriod(end: end, closingTimeGiven: true)
            programs.append(extra)
        }
        return programs
    }

    @Test("rules over the fixture organizations' top lists")
    func rules() async throws {
        try await MatcherFixture.with { fixture in
            let configs = try AgencyConfigLoader(parsers: ParserRegistry.rules).loadDirectory(
                Self.root.appendingPathComponent("agencies").path)
            try await SourceCatalog(connection: fixture.database).sync(SourceCatalog.entries(configs))
            _ = try await ProgramStore(connection: fixture.database).store(try Self.programs())
            let key = Data((0..<32).map { UInt8($0) }).base64EncodedString()
            let cipher = try BusinessNumberCipher.fromEnvironment(["CONNECT_BRN_KEY": key])
            let rows = try OrganizationFile.read(
                path: Self.root.appendingPathComponent("Fixtures/organizations/organizations.csv").path)
            _ = try await OrganizationStore(connection: fixture.database).importRows(rows, cipher: cipher)
            let summary = try await MatchRecompute(databaseURL: fixture.url).run(
                MatchOptions(mode: .full, asOf: Self.asOf, topK: 50))
            #expect(summary.organizations >= 30 && summary.matchesWritten > 0)

            func top(_ ref: String, _ count: Int) async throws -> [(title: String, agency: String)] {
                try await fixture.database.query(
                    """
                    SELECT p.title, p.agency_code FROM funding_matches m
                    JOIN organizations o ON o.id = m.organization_id JOIN programs p ON p.id = m.program_id
                    WHERE o.external_ref = \(ref) ORDER BY m.score DESC, m.program_id LIMIT \(count)
                    """
                ).map { (try $0.decode(String.self, "title"), try $0.decode(String.self, "agency_code")) }
            }

            // The ICT SaaS company: no dementia trial, no ballast water in its top 20.
            let ict = try await top("org-ict-saas", 20)
            #expect(!ict.isEmpty)
            #expect(!ict.contains { $0.title.contains("치매") }, "\(ict.map(\.title))")
            #expect(!ict.contains { $0.title.contains("평형수") }, "\(ict.map(\.title))")
            // The marine SME (an SME in Busan and Gyeongnam, TRL 7 aiming at 8–9): the open KIMST R&D calls it is
            // eligible for, read here from the stored calls' own columns and not from the scorer, lead its list, ahead
            // of every other agency's call. With the ballast-water call added above they are three.
            let eligibleKIMST = try await fixture.database.query(
                """
                SELECT title FROM programs
                WHERE agency_code = 'KIMST' AND kind = 'rnd_call' AND application_end > '2026-11-20T01:00:00Z'
                  AND (trl_min IS NULL OR int4range(trl_min, coalesce(trl_max, trl_min), '[]') && int4range(7, 9, '[]'))
                  AND (cardinality(eligible_org_types) = 0 OR 'sme' = ANY(eligible_org_types))
                  AND (cardinality(regions) = 0 OR regions && ARRAY['부산', '경남'])
                """
            ).map { try $0.decode(String.self, "title") }
            #expect(eligibleKIMST.count == 3, "\(eligibleKIMST)")
            let marine = try await top("org-marine-sme", eligibleKIMST.count)
            #expect(Set(marine.map(\.title)) == Set(eligibleKIMST), "\(marine)")
            #expect(marine.allSatisfy { $0.agency == "KIMST" }, "\(marine)")
            #expect(marine.contains { $0.title.contains("평형수") })
            // The dementia biotech finds the dementia call near the top; the quantum-cryptography company is not
            // sent to it (암 is not in 암호).
            #expect(try await top("org-bio-dementia", 5).contains { $0.title.contains("치매") })
            #expect(!(try await top("org-quantum-security", 20)).contains { $0.title.contains("치매") })

            // Nothing gated is stored: every match is an open R&D call, and a university is never matched to a call
            // that confidently admits companies only.
            #expect(
                try await fixture.count(
                    """
                    SELECT count(*) FROM funding_matches m JOIN programs p ON p.id = m.program_id
                    WHERE p.kind <> 'rnd_call' OR p.application_end <= '2026-11-20T01:00:00Z'
                    """) == 0)
            #expect(
                try await fixture.count(
                    """
                    SELECT count(*) FROM funding_matches m JOIN organizations o ON o.id = m.organization_id
                    JOIN programs p ON p.id = m.program_id
                    WHERE o.org_type = 'university' AND EXISTS (
                        SELECT 1 FROM jsonb_array_elements(p.features -> 'et') e WHERE (e ->> 'c')::float >= 0.8)
                      AND NOT EXISTS (
                        SELECT 1 FROM jsonb_array_elements(p.features -> 'et') e
                        WHERE (e ->> 'c')::float >= 0.8 AND e ->> 't' = 'university')
                    """) == 0)
            // A second full run at the same instant changes nothing (determinism).
            let before = try await fixture.snapshot()
            let again = try await MatchRecompute(databaseURL: fixture.url).run(
                MatchOptions(mode: .full, asOf: Self.asOf, topK: 50))
            #expect(again.organizationsUpdated == 0)
            #expect(try await fixture.snapshot() == before)
        }
    }
}
