import Foundation
import Match
import Matcher
import Parse
import Testing

@Suite("Match runs: incremental equals full", .serialized)
struct IncrementalMatchTests {
    static let titles = [
        "인공지능 기반 영상분석 기술개발", "클라우드 SaaS 플랫폼 고도화 지원", "빅데이터 분석 플랫폼 구축 연구", "차세대 반도체 소자 기술개발",
        "전력반도체 패키징 공정 개발", "디스플레이 소재 국산화", "치매 조기진단 바이오마커 임상연구", "신약 후보물질 비임상 연구",
        "의료기기 인허가 지원 연구", "선박평형수 처리 장치 성능 고도화", "양식장 스마트 수산 관리 기술", "해양 관측 장비 국산화",
        "수소 연료전지 스택 개발", "이차전지 양극재 재활용", "탄소중립 공정 전환 실증", "스마트팩토리 제조 데이터 연계",
        "자율주행 센서 융합 기술", "드론 기반 재난 대응 시스템", "양자암호통신 네트워크 실증", "사이버보안 위협 탐지 인공지능",
    ]

    static func programs() -> [Program] {
        titles.enumerated().map { index, title in
            // Deadlines spread over the buckets (one call closes within a day, those after 8 days move into the
            // last week two days on); every fourth call is SME-only.
            MatcherFixture.call(
                String(format: "%06d", index + 1), title, closesAfter: index == 0 ? 1 : [5, 8, 20, 45, 90][index % 5],
                types: index % 4 == 0 ? [.sme] : [])
        }
    }

    static func organizations(_ fixture: MatcherFixture) async throws -> [Int64] {
        var ids: [Int64] = []
        ids.append(try await fixture.organization("AI 영상", sector: "ict", keywords: ["인공지능", "영상분석", "클라우드"]))
        ids.append(try await fixture.organization("데이터", sector: "ict", keywords: ["빅데이터", "데이터 분석"]))
        ids.append(try await fixture.organization("반도체", sector: "semiconductor", keywords: ["반도체", "패키징"]))
        ids.append(try await fixture.organization("바이오", sector: "bio_health", keywords: ["치매", "신약", "바이오마커"]))
        ids.append(try await fixture.organization("해양", sector: "marine", keywords: ["선박평형수", "양식", "해양 관측"]))
        ids.append(try await fixture.organization("에너지", sector: "energy", keywords: ["수소", "연료전지", "이차전지"]))
        ids.append(try await fixture.organization("보안", sector: "ict", keywords: ["양자암호", "사이버보안"]))
        ids.append(try await fixture.organization("대기업", scale: "large", sector: "manufacturing", keywords: ["스마트팩토리"]))
        ids.append(try await fixture.organization("빈 기업", scale: nil, sector: nil, keywords: []))
        ids.append(
            try await fixture.organization("대학", kind: "university", scale: nil, sector: "ict", keywords: ["인공지능"]))
        return ids
    }

    @Test("after program, organization and clock changes, a changed run leaves what a full run leaves")
    func changedEqualsFull() async throws {
        try await MatcherFixture.with { fixture in
            try await fixture.store(Self.programs())
            let organizations = try await Self.organizations(fixture)
            let first = try await fixture.run(.full, at: MatcherFixture.asOf)
            #expect(first.mode == .full && first.organizations == organizations.count)
            #expect(try await fixture.count("SELECT count(*) FROM funding_matches") > 0)
            #expect(try await fixture.count("SELECT count(*) FROM match_pending_programs WHERE run_id IS NULL") == 0)

            // A listed program that stops being a call (its next-best must take its place), a listed program whose
            // title changes, a new call like a listed one, an organization whose keywords change.
            let listed = try await fixture.database.query(
                """
                SELECT p.source_item_id, count(*) AS n FROM funding_matches m JOIN programs p ON p.id = m.program_id
                GROUP BY p.source_item_id ORDER BY n DESC, p.source_item_id LIMIT 2
                """
            ).map { try $0.decode(String.self, "source_item_id") }
            try #require(listed.count == 2)
            var programs = Self.programs()
            let surveyIndex = programs.firstIndex { $0.sourceID == listed[0] }!
            programs[surveyIndex].kind = .demandSurvey
            programs[surveyIndex].title += " 기술수요조사"
            let renamedIndex = programs.firstIndex { $0.sourceID == listed[1] }!
            programs[renamedIndex].title = "농촌 마을 경관 개선 지원"
            var copy = programs[(renamedIndex + 1) % programs.count]
            copy.sourceID = "900001"
            copy.title = Self.titles[renamedIndex] + " 2차"
            programs.append(copy)
            try await fixture.store(programs)
            try await fixture.database.query(
                """
                UPDATE organizations SET key_technologies = '{반도체,자율주행}', updated_at = now()
                WHERE id = \(organizations[1])
                """)
            #expect(try await fixture.count("SELECT count(*) FROM match_pending_programs") == 3)

            // Two days on: calls closing after 1 day are closed, those after 9 days moved into the last week.
            let later = MatcherFixture.asOf.addingTimeInterval(2 * MatcherFixture.day)
            let changed = try await fixture.run(.changed, at: later)
            #expect(changed.mode == .changed)
            #expect(changed.programsChanged > 3)
            #expect(try await fixture.count("SELECT count(*) FROM match_pending_programs") == 0)
            let incremental = try await fixture.snapshot()

            let full = try await fixture.run(.full, at: later)
            #expect(full.mode == .full)
            let recomputed = try await fixture.snapshot()
            #expect(incremental == recomputed)
            #expect(!recomputed.isEmpty)
            // Nothing closed is kept.
            #expect(
                try await fixture.count(
                    """
                    SELECT count(*) FROM funding_matches m JOIN programs p ON p.id = m.program_id
                    WHERE p.application_end <= '\(ISO8601DateFormatter().string(from: later))'
                    """) == 0)

            // Nothing changed since: a changed run touches nothing, and a full run rewrites no list.
            let idle = try await fixture.run(.changed, at: later)
            #expect(idle.programsChanged == 0 && idle.organizationsUpdated == 0 && idle.matchesWritten == 0)
            let again = try await fixture.run(.full, at: later)
            #expect(again.organizationsUpdated == 0 && again.matchesWritten == 0)
            #expect(try await fixture.snapshot() == recomputed)
        }
    }

    @Test("a changed run as of an earlier instant than the last run is a full run, and leaves what it left then")
    func earlierInstantRunsFull() async throws {
        try await MatcherFixture.with { fixture in
            try await fixture.store(Self.programs())
            _ = try await Self.organizations(fixture)
            _ = try await fixture.run(.full, at: MatcherFixture.asOf)
            let expected = try await fixture.snapshot()
            // Two days on the call closing after one day is gone from every list.
            _ = try await fixture.run(.changed, at: MatcherFixture.asOf.addingTimeInterval(2 * MatcherFixture.day))
            #expect(try await fixture.snapshot() != expected)
            let back = try await fixture.run(.changed, at: MatcherFixture.asOf)
            #expect(back.mode == .full)
            #expect(try await fixture.snapshot() == expected)
        }
    }

    @Test("a new call is merged into the stored lists without ranking any list whole")
    func newCallMerges() async throws {
        try await MatcherFixture.with { fixture in
            try await fixture.store(Self.programs())
            let organizations = try await Self.organizations(fixture)
            _ = try await fixture.run(.full, at: MatcherFixture.asOf, topK: 4)
            var call = MatcherFixture.call("900002", "인공지능 영상분석 반도체 치매 선박평형수 수소 양자암호", closesAfter: 3)
            call.eligibility.organizationTypes = []
            try await fixture.store([call])
            let changed = try await fixture.run(.changed, at: MatcherFixture.asOf, topK: 4)
            #expect(changed.mode == .changed && changed.programsChanged == 1)
            #expect(changed.organizationsRanked == 0)
            #expect(changed.organizationsUpdated > 0 && changed.organizationsUpdated <= organizations.count)
            let merged = try await fixture.snapshot()
            _ = try await fixture.run(.full, at: MatcherFixture.asOf, topK: 4)
            #expect(try await fixture.snapshot() == merged)
        }
    }

    @Test("runs take turns: another run in progress is an error naming it; one abandoned for an hour is not")
    func runsTakeTurns() async throws {
        try await MatcherFixture.with { fixture in
            try await fixture.store(Self.programs())
            _ = try await Self.organizations(fixture)
            try await fixture.database.query(
                """
                INSERT INTO match_runs (mode, algorithm_version, as_of, top_k, minimum_score)
                VALUES ('full', 'x', now(), 50, 25)
                """)
            await #expect(throws: MatcherError.self) { try await fixture.run(.full, at: MatcherFixture.asOf) }
            #expect(try await fixture.count("SELECT count(*) FROM match_runs") == 1)
            try await fixture.database.query("UPDATE match_runs SET started_at = now() - interval '2 hours'")
            let summary = try await fixture.run(.full, at: MatcherFixture.asOf)
            #expect(summary.runID == 2 && summary.matchesWritten > 0)
        }
    }

    @Test("a changed run without an earlier run is a full run; runs are recorded with their counts")
    func firstChangedRunIsFull() async throws {
        try await MatcherFixture.with { fixture in
            try await fixture.store(Self.programs())
            _ = try await Self.organizations(fixture)
            let summary = try await fixture.run(.changed, at: MatcherFixture.asOf)
            #expect(summary.mode == .full)
            let rows = try await fixture.database.query(
                "SELECT mode, outcome, organizations, matches_written, as_of FROM match_runs WHERE id = \(summary.runID)"
            )
            #expect(try rows[0].decode(String.self, "mode") == "full")
            #expect(try rows[0].decode(String.self, "outcome") == "ok")
            #expect(try rows[0].decode(Int.self, "organizations") == 10)
            #expect(try rows[0].decode(Int.self, "matches_written") == summary.matchesWritten)
            #expect(try rows[0].decode(Date.self, "as_of") == MatcherFixture.asOf)
            // Every list holds at most K.
            #expect(
                try await fixture.count(
                    "SELECT count(*) FROM (SELECT organization_id FROM funding_matches GROUP BY 1 HAVING count(*) > 3) x"
                )
                    == 0)
        }
    }

    @Test("a run limited to some organizations leaves the others and the pending programs alone")
    func organizationSubset() async throws {
        try await MatcherFixture.with { fixture in
            try await fixture.store(Self.programs())
            let ids = try await Self.organizations(fixture)
            let summary = try await MatchRecompute(databaseURL: fixture.url).run(
                MatchOptions(
                    mode: .full, organizationIDs: [ids[0]], asOf: MatcherFixture.asOf, topK: 3, minimumScore: 1))
            #expect(summary.organizations == 1)
            #expect(
                try await fixture.count("SELECT count(DISTINCT organization_id) FROM funding_matches") <= 1)
            #expect(try await fixture.count("SELECT count(*) FROM match_pending_programs") == Self.titles.count)
        }
    }
}
