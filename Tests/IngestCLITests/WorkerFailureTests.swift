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
            #expect(try harness.schedule(at: "2026-11-23 09:05", ["--agency", agency]).status == 0)
            _ = try harness.work()
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
            #expect(try harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"]).status == 0)
            let doomed = try harness.startWorker(["--concurrency", "1"])
            // Killed once its first job has fetched a few pages (it is then in the middle of a crawl).
            let busy = try await Self.waitUntil(60) { harness.contentRequests().count >= 3 }
            #expect(busy, "the first worker never started fetching")
            kill(doomed.processIdentifier, SIGKILL)
            doomed.waitUntilExit()
            let runsBefore = try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NOT NULL")
            let second = try harness.work(["--concurrency", "2"])
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
            let scheduled = try harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"])
            #expect(scheduled.status == 0)
            let worker = try harness.startWorker(["--until-idle", "--concurrency", "2"])
            let busy = try await Self.waitUntil(60) { harness.contentRequests().count >= 4 }
            #expect(busy, "the worker never started fetching")
            harness.redis.stop()
            try await Task.sleep(for: .seconds(2))
            try harness.redis.start()
            let finished = try await Self.waitUntil(180) { !worker.isRunning }
            #expect(finished, "the worker did not finish after Redis came back")
            if worker.isRunning { kill(worker.processIdentifier, SIGKILL) }
            worker.waitUntilExit()
            // Drained: --until-idle only exits when nothing is ready, leased or delayed; and nothing died.
            let dead = try CommandRunner.run(["dead", "list", "--format", "json"], environment: harness.environment)
            #expect(
                dead.status == 0 && dead.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "[]",
                "\(dead.standardOutput)\(dead.standardError)")
            #expect(try await harness.count("SELECT count(*) FROM scrape_runs WHERE finished_at IS NULL") == 0)
            // Pages that failed while Redis was away are followed again by the next slot: nothing is lost.
            #expect(try harness.schedule(at: "2026-11-23 15:05", ["--agency", "TIPA"]).status == 0)
            _ = try harness.work()
            let stored = Set(
                try await harness.strings("SELECT source_code || ' ' || source_item_id FROM program_sources"))
            #expect(stored == reference.sightings, "missing: \(reference.sightings.subtracting(stored).sorted())")
        }
    }
}
