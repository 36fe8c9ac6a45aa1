import Foundation
import PostgresClient
import RedisClient
import TestSupport
import Testing

/// `match`, `matches` and `explain` as an operator runs them, on the fixture organizations and a few calls stored
/// without features (the run computes them from the rows), with a Redis of the test's own for the queue and cache.
@Suite("connect-ingest match, matches, explain", .serialized)
struct MatchCommandTests {
    static let asOf = "2026-11-20T10:00:00+09:00"

    static let calls: [(title: String, ministry: String, agency: String, end: String)] = [
        ("2027년도 인공지능 기반 클라우드 SaaS 고도화 기술개발 신규과제 공고", "과학기술정보통신부", "IITP", "2026-12-10 18:00+09"),
        ("2027년도 치매극복연구개발사업 임상연구 신규과제 공고", "보건복지부", "KEIT", "2026-12-18 18:00+09"),
        ("선박평형수 처리기술 현장실증 지원사업 참여기관 모집", "해양수산부", "KIMST", "2026-12-04 17:00+09"),
        ("2027년도 반도체첨단산업기술개발 신규 지원대상 연구개발과제 공고", "산업통상자원부", "KEIT", "2026-12-04 18:00+09"),
        ("2027년도 해양수산연구개발사업 신규과제 통합 공고", "해양수산부", "KIMST", "2027-01-08 18:00+09"),
        ("2026년도 수소 연료전지 부품 국산화 기술개발 공고", "산업통상자원부", "KEIT", "2026-11-19 18:00+09"),
    ]

    /// The database, a Redis of the test's own for the queue (db 0) and the cache (db 1), a registration-number key.
    static func environment(_ url: String, _ redis: RedisServerProcess, _ extra: [String: String?] = [:])
        -> [String: String?]
    {
        [
            "DATABASE_URL": url, "REDIS_QUEUE_URL": redis.url(database: 0), "REDIS_CACHE_URL": redis.url(database: 1),
            "CONNECT_BRN_KEY": PipelineHarness.businessNumberKey,
        ].merging(extra) { _, override in override }
    }

    static func prepare(_ url: String, _ environment: [String: String?]) async throws {
        let migrate = try await CommandRunner.run(["migrate"], environment: environment)
        #expect(migrate.status == 0, "\(migrate.standardError)")
        let imported = try await CommandRunner.run(
            ["orgs", "import", OrgsCommandTests.fixture.path], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        let database = try await PostgresConnection.connect(to: url)
        try await database.query(
            """
            INSERT INTO sources (code, agency_code, name, kind, host, is_shared)
            VALUES ('iris.detail', NULL, 'IRIS', 'html_detail', 'www.iris.go.kr', true)
            """)
        for (index, call) in calls.enumerated() {
            try await database.query(
                """
                INSERT INTO programs (agency_code, source_code, source_item_id, title, ministry, application_end,
                    closing_time_given, content_hash)
                VALUES (\(call.agency), 'iris.detail', \(String(index)), \(call.title), \(call.ministry),
                    \(call.end)::timestamptz, true, \("h\(index)"))
                """)
        }
        await database.close()
    }

    @Test("a full run, the lists, an explanation, and the cache keys of changed lists deleted")
    func runListExplain() async throws {
        try await RedisServerProcess.with { redis in
            try await TestDatabase.withDatabase { url in
                let environment = Self.environment(url, redis)
                try await Self.prepare(url, environment)
                let cache = try await RedisConnection.connect(url: redis.url(database: 1))
                for key in ["match:org:1:results", "match:org:1:summary", "match:org:999999:results", "other"] {
                    _ = try await cache.send("SET", key, "stale")
                }

                let run = try await CommandRunner.run(
                    ["match", "--full", "--as-of", Self.asOf], environment: environment)
                #expect(run.status == 0, "\(run.standardError)")
                #expect(
                    run.standardOutput.contains(
                        "(full, as of 2026-11-20T10:00:00+09:00): 41 organizations × 5 open programs"))
                // Organization 1's list changed (it had none): its keys are gone; keys of no organization stay.
                #expect(try await cache.send("EXISTS", "match:org:1:results", "match:org:1:summary") == .integer(0))
                #expect(try await cache.send("EXISTS", "match:org:999999:results", "other") == .integer(2))
                await cache.close()

                let table = try await CommandRunner.run(["matches", "--org", "org-ict-saas"], environment: environment)
                #expect(table.status == 0, "\(table.standardError)")
                #expect(table.standardOutput.contains("클라우드 SaaS"))
                #expect(!table.standardOutput.contains("치매"))
                #expect(!table.standardOutput.contains("수소 연료전지"), "a closed call was matched")
                let json = try await CommandRunner.run(
                    ["matches", "--org", "org-marine-sme", "--format", "json"], environment: environment)
                let rows = try #require(
                    try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
                #expect(rows.first?["agency"] as? String == "KIMST")
                #expect(rows.map { $0["rank"] as? Int } == (1...rows.count).map { $0 })
                let scores = rows.compactMap { $0["score"] as? Int }
                #expect(scores == scores.sorted(by: >))
                let csv = try await CommandRunner.run(
                    ["matches", "--org", "org-marine-sme", "--format", "csv"], environment: environment)
                #expect(
                    csv.standardOutput.hasPrefix("rank,score,confidence,program_id,agency,status,deadline_kst,title"))

                let programID = try #require(rows.first?["program_id"] as? Int)
                let explain = try await CommandRunner.run(
                    ["explain", "--org", "org-marine-sme", "--program", "\(programID)", "--as-of", Self.asOf],
                    environment: environment)
                #expect(explain.status == 0, "\(explain.standardError)")
                #expect(explain.standardOutput.contains("결과: \(rows.first?["score"] as? Int ?? -1)점"))
                #expect(explain.standardOutput.contains("분야 적합도"))
                #expect(explain.standardOutput.contains("저장된 점수: \(rows.first?["score"] as? Int ?? -1)점"))
                let gated = try await CommandRunner.run(
                    ["explain", "--org", "org-ict-saas", "--program", "6", "--as-of", Self.asOf],
                    environment: environment)
                #expect(gated.standardOutput.contains("제외 (closed)"))

                let unknown = try await CommandRunner.run(
                    ["matches", "--org", "no such org"], environment: environment)
                #expect(unknown.status == 65)
                #expect(unknown.standardError.contains("no such org"))
            }
        }
    }

    @Test("a full run shared out as queue jobs leaves what a run in one process leaves")
    func sharedRun() async throws {
        try await RedisServerProcess.with { redis in
            try await TestDatabase.withDatabase { url in
                let environment = Self.environment(url, redis, ["CONNECT_MATCH_BATCH_SIZE": "9"])
                try await Self.prepare(url, environment)
                let enqueue = try await CommandRunner.run(
                    ["match", "--full", "--enqueue", "--as-of", Self.asOf], environment: environment)
                #expect(enqueue.status == 0, "\(enqueue.standardError)")
                #expect(enqueue.standardOutput.contains("(full): 5 batch job(s) enqueued"))
                let work = try await CommandRunner.run(
                    ["work", "--until-idle", "--concurrency", "3"], environment: environment)
                #expect(work.status == 0, "\(work.standardError)")
                let database = try await PostgresConnection.connect(to: url)
                let run = try await database.query(
                    "SELECT outcome, batches, batches_done, organizations_ranked FROM match_runs WHERE id = 1")
                #expect(try run[0].decode(String.self, "outcome") == "ok")
                #expect(try run[0].decode(Int.self, "batches_done") == 5)
                #expect(try run[0].decode(Int.self, "organizations_ranked") == 41)
                func storedMatches() async throws -> [String] {
                    try await database.query(
                        "SELECT organization_id, program_id, score, reasons::text AS r FROM funding_matches ORDER BY 1, 2"
                    ).map {
                        "\(try $0.decode(Int64.self, "organization_id")) \(try $0.decode(Int64.self, "program_id")) \(try $0.decode(Int.self, "score")) \(try $0.decode(String.self, "r"))"
                    }
                }
                let shared = try await storedMatches()
                #expect(!shared.isEmpty)
                let local = try await CommandRunner.run(
                    ["match", "--full", "--as-of", Self.asOf], environment: environment)
                #expect(local.status == 0, "\(local.standardError)")
                #expect(local.standardOutput.contains("0 lists changed"), "\(local.standardOutput)")
                let after = try await storedMatches()
                #expect(after == shared)
                await database.close()
            }
        }
    }
}
