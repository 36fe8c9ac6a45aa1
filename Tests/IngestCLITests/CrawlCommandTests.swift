import AgencySim
import Foundation
import PostgresClient
import TestSupport
import Testing

@Suite("connect-ingest crawl")
struct CrawlCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("two worker processes crawling one host at once keep to its shared rate, as the simulator's log shows")
    func twoProcessesShareTheRate() async throws {
        let simulator = try AgencySimulator(fixturesRoot: Self.root.appendingPathComponent("Fixtures"))
        try simulator.start()
        defer { simulator.stop() }
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("cli-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: archive) }
        try await TestDatabase.withDatabase { url in
            let environment: [String: String?] = [
                "DATABASE_URL": url, "CONNECT_ARCHIVE_DIR": archive.path,
                "CONNECT_AGENCIES_DIR": Self.root.appendingPathComponent("agencies").path,
                // The agency file's 10 requests per window, in a window of one second: one request per 100 ms, scaled
                // down so the test sees the shared limit bind.
                "CONNECT_TIMING_RATE_LIMIT_WINDOW": "1s",
            ]
            let arguments = ["crawl", "--source", "ntis.list", "--full", "--simulator", "\(simulator.port)"]
            // Migrate once first, so the two workers do not race to create the schema.
            let migrated = try await CommandRunner.run(["migrate"], environment: environment)
            #expect(migrated.status == 0, "\(migrated.standardError)")
            async let first = Task.detached { try await CommandRunner.run(arguments, environment: environment) }.value
            async let second = Task.detached { try await CommandRunner.run(arguments, environment: environment) }.value
            let outcomes = try await [first, second]
            for outcome in outcomes {
                #expect(outcome.status == 0, "\(outcome.standardError)\n\(outcome.standardOutput)")
                #expect(outcome.standardOutput.contains("\"source\":\"ntis.list\""))
            }
            let times = simulator.requestLog.filter { $0.host == "www.ntis.go.kr" }.map(\.time).sorted()
            #expect(times.count >= 20, "both workers crawled the whole list")
            let span = try #require(times.last).timeIntervalSince(try #require(times.first))
            #expect(span >= Double(times.count - 1) * 0.1 - 0.15, "\(times.count) requests in \(span) s")

            let db = try await PostgresConnection.connect(to: url)
            let runs = try await db.query(
                "SELECT count(*)::int AS n FROM scrape_runs WHERE source_code = 'ntis.list' AND finished_at IS NOT NULL"
            )
            #expect(try runs[0].decode(Int.self, "n") == 2)
            // Both workers stored the same calls: one program each, every run ok.
            let programs = try await db.query(
                "SELECT count(*)::int AS n, count(DISTINCT source_item_id)::int AS d FROM programs")
            #expect(try programs[0].decode(Int.self, "n") > 0)
            #expect(try programs[0].decode(Int.self, "n") == programs[0].decode(Int.self, "d"))
            let results = try await db.query("SELECT DISTINCT outcome FROM scrape_runs WHERE source_code = 'ntis.list'")
            #expect(try results.map { try $0.decode(String.self, "outcome") } == ["ok"])
            await db.close()

            // Retention never takes the newest run's pages: pruning everything older than now removes none of them.
            let pruned = try await CommandRunner.run(
                ["archive", "prune", "--older-than", "1s"], environment: environment)
            #expect(pruned.status == 0, "\(pruned.standardError)")
            #expect(pruned.standardOutput.contains("removed 0 bodies"))
        }
    }

    @Test("a source that is not a list is refused, naming the list sources")
    func notAList() async throws {
        let outcome = try await CommandRunner.run(
            ["crawl", "--source", "ntis.detail"],
            environment: ["CONNECT_AGENCIES_DIR": Self.root.appendingPathComponent("agencies").path])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("not a list source") && outcome.standardError.contains("ntis.list"))
    }
}

@Suite("connect-ingest replay")
struct ReplayCommandTests {
    static func summary(_ output: String) throws -> [String: Any] {
        let line = try #require(output.split(separator: "\n").last)
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test(
        "replaying from the archive gives the live crawl's rows: nothing new, nothing changed, twice; a dry run writes nothing"
    )
    func replayFromArchive() async throws {
        let simulator = try AgencySimulator(fixturesRoot: CrawlCommandTests.root.appendingPathComponent("Fixtures"))
        try simulator.start()
        defer { simulator.stop() }
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: archive) }
        try await TestDatabase.withDatabase { url in
            let environment: [String: String?] = [
                "DATABASE_URL": url, "CONNECT_ARCHIVE_DIR": archive.path, "CONNECT_TIMING_RATE_LIMIT_WINDOW": "1s",
                "CONNECT_AGENCIES_DIR": CrawlCommandTests.root.appendingPathComponent("agencies").path,
            ]
            let crawled = try await CommandRunner.run(
                ["crawl", "--source", "ntis.list", "--full", "--simulator", "\(simulator.port)"],
                environment: environment)
            #expect(crawled.status == 0, "\(crawled.standardError)")
            let stored = try Self.summary(crawled.standardOutput)["programs_new"] as? Int ?? 0
            #expect(stored > 0)
            let requestsBefore = simulator.requestLog.count
            for _ in 0..<2 {
                let replayed = try await CommandRunner.run(
                    ["replay", "--agency", "NTIS", "--source", "ntis.list", "--from-archive"], environment: environment)
                #expect(replayed.status == 0, "\(replayed.standardError)\n\(replayed.standardOutput)")
                let summary = try Self.summary(replayed.standardOutput)
                #expect(summary["programs_new"] as? Int == 0 && summary["programs_changed"] as? Int == 0)
                #expect(summary["programs_unchanged"] as? Int == stored)
            }
            #expect(simulator.requestLog.count == requestsBefore, "a replay from the archive reached the network")
            let db = try await PostgresConnection.connect(to: url)
            // Nothing changed, so the matcher was not asked (a crawl alone never runs it either).
            let matchRuns = try await db.query("SELECT count(*)::int AS n FROM match_runs")
            #expect(try matchRuns[0].decode(Int.self, "n") == 0)
            let runsBefore = try await db.query("SELECT count(*)::int AS n FROM scrape_runs")
            let dry = try await CommandRunner.run(
                ["replay", "--agency", "NTIS", "--source", "ntis.list", "--dry-run"], environment: environment)
            #expect(dry.status == 0, "\(dry.standardError)")
            let runsAfter = try await db.query("SELECT count(*)::int AS n FROM scrape_runs")
            #expect(try runsAfter[0].decode(Int.self, "n") == runsBefore[0].decode(Int.self, "n"))
            let versions = try await db.query("SELECT count(*)::int AS n FROM program_versions")
            #expect(try versions[0].decode(Int.self, "n") == 0)
            await db.close()

            let csv = try await CommandRunner.run(["programs", "--format", "csv"], environment: environment)
            #expect(csv.status == 0)
            #expect(csv.standardOutput.split(separator: "\n").count == stored + 1)
            let json = try await CommandRunner.run(
                ["programs", "--format", "json", "--agency", "iitp"], environment: environment)
            let listed = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
            #expect(listed?.allSatisfy { $0["agency"] as? String == "IITP" } == true)
        }
    }
}

@Suite("connect-ingest replay --failed")
struct ReplayFailedTests {
    @Test("pages that failed under a broken selector parse and are stored after the fix, without the network")
    func fixAndReplay() async throws {
        let simulator = try AgencySimulator(fixturesRoot: CrawlCommandTests.root.appendingPathComponent("Fixtures"))
        try simulator.start()
        defer { simulator.stop() }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "replay-failed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // A copy of the agency files where NTIS's detail title selector is broken, as after a site change.
        let broken = scratch.appendingPathComponent("agencies")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        let real = CrawlCommandTests.root.appendingPathComponent("agencies")
        for file in try FileManager.default.contentsOfDirectory(atPath: real.path) where file.hasSuffix(".toml") {
            var text = try String(contentsOf: real.appendingPathComponent(file), encoding: .utf8)
            if file == "ntis.toml" {
                text = text.replacingOccurrences(
                    of: "h1[contains(@class,'ditail_tit')]", with: "h1[contains(@class,'detail_title')]")
            }
            try text.write(to: broken.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try await TestDatabase.withDatabase { url in
            var environment: [String: String?] = [
                "DATABASE_URL": url, "CONNECT_ARCHIVE_DIR": scratch.appendingPathComponent("archive").path,
                "CONNECT_TIMING_RATE_LIMIT_WINDOW": "1s", "CONNECT_AGENCIES_DIR": broken.path,
            ]
            let crawled = try await CommandRunner.run(
                [
                    "crawl", "--source", "ntis.list", "--full", "--simulator", "\(simulator.port)",
                    "--requests-per-minute", "200",
                ],
                environment: environment)
            #expect(crawled.standardOutput.contains("layout changed"))
            let requests = simulator.requestLog.count
            environment["CONNECT_AGENCIES_DIR"] = real.path
            let replayed = try await CommandRunner.run(
                ["replay", "--agency", "NTIS", "--failed"], environment: environment)
            #expect(replayed.status == 0, "\(replayed.standardError)")
            // The replay's summary, then the changed match run it asked for (the stored programs are new).
            let lines = replayed.standardOutput.split(separator: "\n")
            #expect(lines.count == 2, "\(replayed.standardOutput)")
            let summary = try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any]
            let match = try JSONSerialization.jsonObject(with: Data((lines.last ?? "").utf8)) as? [String: Any]
            #expect(match?["run"] as? Int == 1)
            #expect((match?["programs_changed"] as? Int ?? 0) > 0)
            #expect((summary?["resolved"] as? Int ?? 0) > 0)
            #expect((summary?["still_failing"] as? [String])?.isEmpty == true)
            #expect(simulator.requestLog.count == requests, "re-parsing failed pages reached the network")
            let db = try await PostgresConnection.connect(to: url)
            let stored = try await db.query("SELECT count(*)::int AS n FROM programs")
            // Each re-read detail page is one call, or none when it is another agency's.
            let count = try stored[0].decode(Int.self, "n")
            #expect(count > 0 && count <= summary?["resolved"] as? Int ?? 0)
            let open = try await db.query("SELECT count(*)::int AS n FROM page_failures WHERE resolved_at IS NULL")
            #expect(try open[0].decode(Int.self, "n") == 0)
            let replayRuns = try await db.query(
                "SELECT count(*)::int AS n FROM match_runs WHERE trigger = 'replay' AND outcome = 'ok'")
            #expect(try replayRuns[0].decode(Int.self, "n") == 1)
            await db.close()
        }
    }
}
