import AgencySim
import Foundation
import TestSupport
import Testing

/// Work is never lost: not when a worker is killed holding jobs, not when Redis restarts under running workers.
@Suite("Workers that die and a Redis that restarts", .serialized)
struct WorkerFailureTests {
    /// Every stored sighting and the number of programs, after one clean scheduled run of `agency`.
    static func referenceRun(agency: String) async throws -> (sightings: Set<String>, programs: Int) {
        var result: (Set<String>, Int) = ([], 0)
        try await PipelineHarness.with(requestsPerWindow: 200) { harness in
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", agency]).status == 0)
            _ = try await harness.work()
            result = (
                Set(try await harness.strings("SELECT source_code || ' ' || source_item_id FROM program_sources")),
                try await harness.count("SELECT count(*) FROM programs")
            )
        }
        return result
    }

    /// Waits until `condition` holds, for at most `seconds`.
    static func waitUntil(_ seconds: Double, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test(
        "a worker killed with SIGKILL mid-job: its lease expires, another worker completes the job, nothing missing or doubled"
    )
    func killedWorker() async throws {
        let reference = try await Self.referenceRun(agency: "TIPA")
        try #require(!reference.sightings.isEmpty)
        try await PipelineHarness.with(requestsPerWindow: 4) { harness in
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"]).status == 0)
            let doomed = try harness.startWorker(["--concurrency", "1"])
            // Killed once its first job has fetched a few pages (it is then in the middle of a crawl).
            let busy = try await Self.waitUntil(60) { harness.contentRequests().count >= 3 }
            #expect(busy, "the first worker never started fetching")
            kill(doomed.processIdentifier, SIGKILL)
            await doomed.exited()
            let runsBefore = try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NOT NULL")
            let second = try await harness.work(["--concurrency", "2"])
            #expect(second.status == 0, "\(second.standardError.suffix(3000))")
            let stored = Set(
                try await harness.strings("SELECT source_code || ' ' || source_item_id FROM program_sources"))
            #expect(stored == reference.sightings, "missing: \(reference.sightings.subtracting(stored).sorted())")
            #expect(try await harness.count("SELECT count(*) FROM programs") == reference.programs)
            // The killed job was run again to its end by the second worker.
            #expect(
                try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NOT NULL") > runsBefore)
        }
    }

    @Test("Redis restarted while a worker runs: every job still completes, none dead; the next slot has lost nothing")
    func redisRestart() async throws {
        let reference = try await Self.referenceRun(agency: "TIPA")
        try await PipelineHarness.with(requestsPerWindow: 6) { harness in
            let scheduled = try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"])
            #expect(scheduled.status == 0)
            let worker = try harness.startWorker(["--until-idle", "--concurrency", "2"])
            let busy = try await Self.waitUntil(60) { harness.contentRequests().count >= 4 }
            #expect(busy, "the worker never started fetching")
            await harness.redis.stop()
            try await Task.sleep(for: .seconds(2))
            try await harness.redis.start()
            let finished = try await Self.waitUntil(180) { !worker.isRunning }
            #expect(finished, "the worker did not finish after Redis came back")
            if worker.isRunning { kill(worker.processIdentifier, SIGKILL) }
            await worker.exited()
            // Drained: --until-idle only exits when nothing is ready, leased or delayed; and nothing died.
            let dead = try await CommandRunner.run(
                ["dead", "list", "--format", "json"], environment: harness.environment)
            #expect(
                dead.status == 0 && dead.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "[]",
                "\(dead.standardOutput)\(dead.standardError)")
            #expect(try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NULL") == 0)
            // Pages that failed while Redis was away are followed again by the next slot: nothing is lost.
            #expect(try await harness.schedule(at: "2026-11-23 15:05", ["--agency", "TIPA"]).status == 0)
            _ = try await harness.work()
            let stored = Set(
                try await harness.strings("SELECT source_code || ' ' || source_item_id FROM program_sources"))
            #expect(stored == reference.sightings, "missing: \(reference.sightings.subtracting(stored).sorted())")
        }
    }

    @Test("an operator's manual crawl while the timer's crawl of that source runs joins it: the source is walked once")
    func manualRunJoins() async throws {
        try await PipelineHarness.with(requestsPerWindow: 4) { harness in
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"]).status == 0)
            let worker = try harness.startWorker(["--until-idle", "--concurrency", "1"])
            defer { if worker.isRunning { kill(worker.processIdentifier, SIGKILL) } }
            let running = try await Self.waitUntil(120) {
                harness.contentRequests().contains { $0.host == "www.smtech.go.kr" }
            }
            #expect(running, "the worker never reached the SMTECH crawl")
            let manual = try await CommandRunner.run(
                ["crawl", "--source", "tipa.smtech.list", "--enqueue"], environment: harness.environment)
            #expect(manual.status == 0, "\(manual.standardError)")
            #expect(manual.standardOutput.hasPrefix("joined"), "\(manual.standardOutput)")
            #expect(try await Self.waitUntil(180) { !worker.isRunning })
            #expect(
                try await harness.count("SELECT count(*) FROM scrape_runs WHERE source_code = 'tipa.smtech.list'") == 1)
            // With nothing running, the same request is a crawl of its own, recorded as manual.
            let alone = try await CommandRunner.run(
                ["crawl", "--source", "tipa.smtech.list", "--enqueue"], environment: harness.environment)
            #expect(alone.standardOutput.hasPrefix("enqueued"), "\(alone.standardOutput)")
            _ = try await harness.work()
            #expect(
                try await harness.count(
                    "SELECT count(*) FROM scrape_runs WHERE source_code = 'tipa.smtech.list' AND trigger = 'manual'")
                    == 1)
        }
    }

    @Test("SIGTERM: the worker stops taking jobs, lets the one in flight finish within the grace period, and exits 0")
    func gracefulStop() async throws {
        try await PipelineHarness.with(requestsPerWindow: 4) { harness in
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"]).status == 0)
            // A grace period longer than any one fixture crawl takes here, so the job in flight can finish.
            let worker = try harness.startWorker(
                ["--concurrency", "1"], overriding: ["CONNECT_TIMING_SHUTDOWN_GRACE": "120s"])
            defer { if worker.isRunning { kill(worker.processIdentifier, SIGKILL) } }
            #expect(try await Self.waitUntil(60) { harness.contentRequests().count >= 2 })
            let before = try await harness.count("SELECT count(*) FROM scrape_runs")
            kill(worker.processIdentifier, SIGTERM)
            #expect(try await Self.waitUntil(120) { !worker.isRunning }, "the worker ignored SIGTERM")
            await worker.exited()
            #expect(worker.terminationStatus == 0)
            // The job in flight ran to its end (its run is finished), and no other job was started after it.
            #expect(try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NULL") == 0)
            #expect(try await harness.count("SELECT count(*) FROM scrape_runs") == max(before, 1))
            // The rest is still queued for the next worker.
            let dead = try await CommandRunner.run(
                ["dead", "list", "--format", "json"], environment: harness.environment)
            #expect(dead.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
            let rest = try await harness.work()
            #expect(rest.status == 0, "\(rest.standardError.suffix(2000))")
            #expect(try await harness.count("SELECT count(*) FROM scrape_runs") > max(before, 1))
        }
    }

    @Test(
        "a crawl that keeps failing is retried after 1×, then 2× the backoff, dead-lettered with its error, and runs again from the dead list"
    )
    func retriesThenDeadLetter() async throws {
        try await PipelineHarness.with(requestsPerWindow: 50) { harness in
            try harness.simulator.apply(scenarioNamed: "iris-always-429")
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "KEIT"]).status == 0)
            let first = try await harness.work()
            #expect(first.status == 1, "every IRIS attempt fails, so the run had failures")
            // Three attempts per IRIS job, spaced by at least the backoff (1 s, then 2 s).
            let starts = try await harness.strings(
                """
                SELECT string_agg(extract(epoch FROM started_at)::text, ',' ORDER BY id) FROM scrape_runs
                WHERE source_code = 'iris.list' GROUP BY job_id ORDER BY min(id)
                """)
            #expect(starts.count == 2, "one job per IRIS variant: \(starts)")
            for job in starts {
                let times = job.split(separator: ",").compactMap { Double($0) }
                #expect(times.count == 3, "attempts: \(times)")
                guard times.count == 3 else { continue }
                #expect(times[1] - times[0] >= 1.0 && times[2] - times[1] >= 2.0, "\(times)")
            }
            let dead = try await CommandRunner.run(
                ["dead", "list", "--format", "json"], environment: harness.environment)
            let letters = try JSONSerialization.jsonObject(with: Data(dead.standardOutput.utf8)) as? [[String: Any]]
            #expect(letters?.count == 2, "\(dead.standardOutput)")
            #expect(dead.standardOutput.contains("iris.list"))
            // The site is back: the dead jobs are sent back and complete.
            harness.simulator.clearScenarios()
            let ids = (letters ?? []).compactMap { $0["id"] as? String }
            #expect(ids.count == 2, "\(dead.standardOutput)")
            let retried = try await CommandRunner.run(["dead", "retry"] + ids, environment: harness.environment)
            #expect(retried.status == 0, "\(retried.standardOutput)\(retried.standardError)")
            let again = try await harness.work()
            #expect(again.status == 0, "\(again.standardError.suffix(2000))")
            #expect(
                try await harness.count(
                    "SELECT count(*) FROM scrape_runs WHERE source_code = 'iris.list' AND outcome <> 'failed'") == 2)
        }
    }

    @Test(
        "work --agency KEIT takes KEIT's crawls only (its boards, IRIS and NTIS for KEIT) and is idle when they are done"
    )
    func agencyWorker() async throws {
        try await PipelineHarness.with(requestsPerWindow: 50) { harness in
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "KEIT"]).status == 0)
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"]).status == 0)
            _ = try await harness.work(["--agency", "KEIT"])
            let sources = try await harness.strings("SELECT source_code FROM scrape_runs ORDER BY id")
            #expect(Set(sources) == ["keit.itech.list", "keit.srome.list", "iris.list", "ntis.list"], "\(sources)")
            let stored = try await harness.strings("SELECT DISTINCT agency_code FROM programs")
            #expect(stored == ["KEIT"], "\(stored)")
            // TIPA's crawls waited for a TIPA (or unfiltered) worker.
            _ = try await harness.work(["--agency", "TIPA"])
            let after = Set(try await harness.strings("SELECT source_code FROM scrape_runs"))
            #expect(after.isSuperset(of: ["tipa.smtech.list", "tipa.notice.list"]), "\(after)")
            let unknown = try await CommandRunner.run(["work", "--agency", "XYZ"], environment: harness.environment)
            #expect(unknown.status != 0 && unknown.standardError.contains("XYZ"))
        }
    }
}
