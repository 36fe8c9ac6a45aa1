import AgencySim
import Foundation
import TestSupport
import Testing

/// The timers' path end to end: `schedule` enqueues a slot, `work --until-idle` drains it against the simulated
/// agency web, three times — the first fills the database, the second finds nothing new, the third finds exactly what
/// the sites changed.
@Suite("Schedule and work, end to end", .serialized)
struct ScheduleAndWorkTests {
    /// Every golden detail record of the four agencies that the sites' own pages link to, as (source, source id): what
    /// a full first run must store. Left out: calls only a change scenario's page links to, and IRIS's closed tab
    /// (`ancmPrg=ancmEnd`), which the IRIS file does not crawl (접수중 and 접수예정 only).
    static func goldenSightings() throws -> Set<String> {
        let fixtures = CrawlCommandTests.root.appendingPathComponent("Fixtures")
        var pages: [(path: String, text: String)] = []
        let sites = fixtures.appendingPathComponent("sites")
        let walker = FileManager.default.enumerator(atPath: sites.path)
        while let path = walker?.nextObject() as? String {
            guard !path.contains("/changed/"), path.hasSuffix(".html") || path.hasSuffix(".json") else { continue }
            let data = (try? Data(contentsOf: sites.appendingPathComponent(path))) ?? Data()
            pages.append((path, String(decoding: data, as: UTF8.self)))
        }
        let folder = fixtures.appendingPathComponent("golden")
        var sightings = Set<String>()
        for source in try FileManager.default.contentsOfDirectory(atPath: folder.path) where source.hasSuffix(".detail")
        {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(source).path)
            where file.hasSuffix(".json") && !file.contains(".changed.") {
                let data = try Data(contentsOf: folder.appendingPathComponent(source).appendingPathComponent(file))
                guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let program = json["program"] as? [String: Any], program["agency"] is String,
                    let id = program["source_id"] as? String, let url = json["url"] as? String,
                    let page = json["page"] as? String, !url.contains("ancmPrg=ancmEnd")
                else { continue }
                // Linked from a page other than its own (the ids are in the links, whatever their form).
                let key = id.split(separator: "-").first.map(String.init) ?? id
                let linked = pages.contains { !page.hasSuffix($0.path) && $0.text.contains(key) }
                if linked { sightings.insert(source + " " + id) }
            }
        }
        return sightings
    }

    @Test(
        "first run stores every fixture program at the limited rate; second makes one list request per job and changes nothing; third stores exactly the two changes"
    )
    func threeRuns() async throws {
        try await PipelineHarness.with { harness in
            try await harness.importOrganizations()

            // Run 1: a timer's slot, drained.
            let scheduled = try await harness.schedule(at: "2026-11-23 09:05")
            #expect(scheduled.status == 0, "\(scheduled.standardOutput)\(scheduled.standardError)")
            let first = try await harness.work()
            // Some fixture boards link calls the fixtures have no page for: a run whose every detail failed is a failed
            // job (retried), and the exit status says so, consistently with the run records.
            let failedRuns = try await harness.count("SELECT count(*) FROM scrape_runs WHERE outcome = 'failed'")
            #expect(
                first.status == (failedRuns > 0 ? 1 : 0), "\(first.standardOutput)\(first.standardError.suffix(3000))")
            #expect(first.standardOutput.contains(", \(failedRuns) failed"), "\(first.standardOutput)")
            #expect(try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NULL") == 0)
            let stored = Set(
                try await harness.strings("SELECT source_code || ' ' || source_item_id FROM program_sources"))
            let expected = try Self.goldenSightings()
            try #require(expected.count > 30)
            let missing = expected.subtracting(stored)
            #expect(missing.isEmpty, "not stored: \(missing.sorted())")
            // The limiter binds: no host saw more than its rate in any window, and the busiest host's requests took
            // at least the time that rate allows.
            let limit = harness.requestsPerWindow
            #expect(harness.mostRequestsInAnyWindow(1.0) <= limit + 1)
            let busiest = harness.busiestHostRequests()
            #expect(busiest > limit, "the busiest host saw only \(busiest) requests: the rate would not bind")
            // Its requests, one per 1/limit s, span at least that many intervals (less a little for the log's clock);
            // the whole run's wall time would not do: process starts alone take longer than that.
            let least = Double(busiest - 1) / Double(limit) - 0.15
            let span = harness.busiestHostSpan()
            #expect(span >= least, "the busiest host's \(busiest) requests took \(span) s, at least \(least) s")
            // After the stores, the workers ran changed match runs; the last took every program the store queued.
            let matchRuns = try await harness.count("SELECT count(*) FROM match_runs WHERE outcome = 'ok'")
            #expect(matchRuns >= 1)
            #expect(try await harness.count("SELECT count(*) FROM match_runs WHERE trigger <> 'worker'") == 0)
            #expect(try await harness.count("SELECT count(*) FROM match_pending_programs") == 0)
            #expect(try await harness.count("SELECT count(DISTINCT organization_id) FROM funding_matches") >= 30)
            let programs = try await harness.count("SELECT count(*) FROM programs")
            let runs = try await harness.count("SELECT count(*) FROM scrape_runs")
            let jobs = runs - failedRuns

            // Run 2, the next slot, nothing changed on the sites: one list request per job, no change stored.
            harness.simulator.clearRequestLog()
            #expect(try await harness.schedule(at: "2026-11-23 15:05").status == 0)
            let second = try await harness.work()
            #expect(second.status == 0, "\(second.standardError.suffix(3000))")
            let secondJobs = try await harness.count("SELECT count(*) FROM scrape_runs") - runs
            #expect(secondJobs == jobs)
            let requests = harness.contentRequests()
            #expect(requests.count == secondJobs, "\(requests.map { $0.host + $0.path + "?" + $0.query })")
            #expect(try await harness.count("SELECT count(*) FROM programs") == programs)
            #expect(try await harness.count("SELECT count(*) FROM program_versions") == 0)
            #expect(try await harness.count("SELECT count(*) FROM match_runs") == matchRuns, "nothing changed to match")

            // Run 3: IITP posts a call; TIPA sets a closing time on a detail page only (its list row is the same),
            // found because open programs' details are re-checked (age 0 here).
            try harness.simulator.apply(scenarioNamed: "new-announcement")
            try harness.simulator.apply(scenarioNamed: "detail-deadline-moved")
            #expect(try await harness.schedule(at: "2026-11-24 09:05").status == 0)
            let third = try await harness.work(["--recheck-after", "0s"])
            #expect(third.status == 0, "\(third.standardError.suffix(3000))")
            #expect(try await harness.count("SELECT count(*) FROM programs") == programs + 1)
            #expect(try await harness.count("SELECT count(*) FROM program_versions") == 1)
            let diff = try await harness.strings("SELECT changes::text FROM program_versions")
            #expect(diff.first?.contains("application_end") == true, "\(diff)")
            let runThree =
                "SELECT coalesce(sum(%@), 0) FROM scrape_runs WHERE id > (SELECT max(id) FROM scrape_runs) - \(jobs)"
            #expect(try await harness.count(runThree.replacingOccurrences(of: "%@", with: "programs_new")) == 1)
            #expect(try await harness.count(runThree.replacingOccurrences(of: "%@", with: "programs_changed")) == 1)
            // … and the workers asked the matcher to score the new and the changed call.
            #expect(
                try await harness.count(
                    "SELECT coalesce(sum(programs_changed), 0) FROM match_runs WHERE id > \(matchRuns) AND mode = 'changed'"
                )
                    >= 2)
            #expect(try await harness.count("SELECT count(*) FROM match_pending_programs") == 0)
        }
    }
}
