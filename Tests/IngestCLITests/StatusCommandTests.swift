import Foundation
import TestSupport
import Testing

/// `connect-ingest status` after the timers' path end to end (schedule + work over the simulated agency web, the
/// fixture organizations imported so the workers' match runs rank someone), checked against the database and the
/// queue; and with a service down, what it can still say.
@Suite("connect-ingest status", .serialized)
struct StatusCommandTests {
    @Test("after a drained slot: every source's last run as recorded, an empty queue, no leases, the last match run")
    func afterEndToEndRun() async throws {
        try await PipelineHarness.with(requestsPerWindow: 50) { harness in
            try await harness.importOrganizations()
            #expect(try await harness.schedule(at: "2026-11-23 09:05").status == 0)
            _ = try await harness.work()

            let status = try await CommandRunner.run(["status", "--format", "json"], environment: harness.environment)
            #expect(status.status == 0, "\(status.standardError)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any],
                "\(status.standardOutput)")

            // Every source that ran: its latest run, outcome and counts as the database has them.
            let expected = try await harness.strings(
                """
                SELECT concat_ws(' ', r.source_code, coalesce(r.agency_code, s.agency_code, 'shared'), r.id, r.outcome,
                    r.pages_fetched, r.pages_not_modified, r.pages_failed, r.programs_new, r.programs_changed,
                    r.programs_unchanged)
                FROM (SELECT DISTINCT ON (source_code) * FROM scrape_runs ORDER BY source_code, started_at DESC, id DESC) r
                JOIN sources s ON s.code = r.source_code ORDER BY 1
                """)
            try #require(expected.count >= 8, "\(expected)")
            let sources = try #require(report["sources"] as? [[String: Any]])
            let reported = sources.filter { $0["run"] != nil }.map { source in
                [
                    source["source"], source["agency"], source["run"], source["outcome"], source["pages_fetched"],
                    source["pages_not_modified"], source["pages_failed"], source["programs_new"],
                    source["programs_changed"], source["programs_unchanged"],
                ].map { "\($0 ?? "nil")" }.joined(separator: " ")
            }.sorted()
            #expect(reported == expected)
            #expect(sources.allSatisfy { $0["outcome"] as? String != "running" })

            // The queue: drained, nothing held; dead letters as `dead list` counts them.
            let queue = try #require(report["queue"] as? [String: Any])
            #expect(queue["ready"] as? Int == 0)
            #expect(queue["delayed"] as? Int == 0)
            #expect(queue["leased"] as? Int == 0)
            #expect((queue["leases"] as? [Any])?.isEmpty == true)
            #expect(queue["oldest_waiting_seconds"] == nil)
            #expect((queue["done"] as? Int ?? 0) >= expected.count)
            let dead = try await CommandRunner.run(
                ["dead", "list", "--format", "json"], environment: harness.environment)
            let letters = try JSONSerialization.jsonObject(with: Data(dead.standardOutput.utf8)) as? [Any]
            #expect(queue["dead"] as? Int == letters?.count)

            // The last match run: the workers' changed runs after storing programs.
            let lastMatch = try await harness.strings(
                """
                SELECT concat_ws(' ', id, mode, trigger, outcome, organizations, programs, matches_written)
                FROM match_runs ORDER BY id DESC LIMIT 1
                """)
            let match = try #require(report["last_match_run"] as? [String: Any])
            let shown = [
                match["run"], match["mode"], match["trigger"], match["outcome"], match["organizations"],
                match["programs"], match["matches_written"],
            ].map { "\($0 ?? "nil")" }.joined(separator: " ")
            #expect([shown] == lastMatch)
            #expect(match["outcome"] as? String == "ok")
            #expect((match["organizations"] as? Int ?? 0) >= 30)
            #expect(match["as_of"] is String)
            #expect(report["programs_waiting_for_matcher"] as? Int == 0)
            #expect((report["problems"] as? [Any])?.isEmpty == true)

            // The text form: every agency, the queue and the match run.
            let text = try await CommandRunner.run(["status"], environment: harness.environment)
            #expect(text.status == 0, "\(text.standardError)")
            for agency in ["IITP", "KEIT", "TIPA", "KIMST", "shared (IRIS, NTIS)"] {
                #expect(text.standardOutput.contains("\n  \(agency)\n"), "\(agency) missing: \(text.standardOutput)")
            }
            #expect(text.standardOutput.contains("leases: none"))
            #expect(text.standardOutput.contains("last match run \(match["run"] ?? "")"))
            for source in sources.compactMap({ $0["source"] as? String }) {
                #expect(text.standardOutput.contains(source))
            }
        }
    }

    @Test("the queue Redis down: the database's sections are still printed, the service is named, exit 69")
    func redisDown() async throws {
        try await TestDatabase.withDatabase { url in
            let port = try RedisServerProcess.freePort()
            let environment: [String: String?] = [
                "DATABASE_URL": url, "REDIS_QUEUE_URL": "redis://127.0.0.1:\(port)/0",
                "REDIS_CACHE_URL": "redis://127.0.0.1:\(port)/1", "CONNECT_TIMING_CONNECT_TIMEOUT": "2s",
            ]
            #expect(try await CommandRunner.run(["migrate"], environment: environment).status == 0)
            let text = try await CommandRunner.run(["status"], environment: environment)
            #expect(text.status == 69)
            #expect(text.standardOutput.contains("queue: not read (the queue Redis did not answer)"))
            #expect(text.standardOutput.contains("last runs: no sources catalogued yet"))
            #expect(text.standardOutput.contains("last match run: none yet"))
            #expect(
                text.standardError.contains("error: status: redis queue (redis://127.0.0.1:\(port)/0) did not answer"))

            let json = try await CommandRunner.run(["status", "--format", "json"], environment: environment)
            #expect(json.status == 69)
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
            #expect(report["queue"] == nil)
            #expect((report["sources"] as? [Any])?.isEmpty == true)
            let problems = try #require(report["problems"] as? [[String: Any]])
            #expect(problems.first?["service"] as? String == "redis queue")
            #expect(problems.first?["unreachable"] as? Bool == true)
        }
    }
}
