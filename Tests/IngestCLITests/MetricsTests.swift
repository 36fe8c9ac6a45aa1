import Foundation
import IngestMetrics
import TestSupport
import Testing

/// The worker's `/metrics` while `work` runs a scheduled slot against the simulated agency web.
@Suite("Worker metrics", .serialized)
struct MetricsTests {
    static func scrape(_ port: Int) async -> (status: Int, text: String)? {
        guard let outcome = try? await CurlCommand.run(url: "http://metrics.test/metrics", port: port, arguments: []),
            outcome.exitCode == 0
        else { return nil }
        return (outcome.status, outcome.text)
    }

    @Test("work serves /metrics on metrics.listen: requests, stored programs, queue and last success reflect the run")
    func workerServesMetrics() async throws {
        try await PipelineHarness.with(requestsPerWindow: 200) { harness in
            #expect(try await harness.schedule(at: "2026-11-23 09:05", ["--agency", "TIPA"]).status == 0)
            let port = try RedisServerProcess.freePort()
            let worker = try harness.startWorker(overriding: ["CONNECT_METRICS_LISTEN": "127.0.0.1:\(port)"])
            defer {
                if worker.isRunning { kill(worker.processIdentifier, SIGKILL) }
                worker.waitUntilExit()
            }
            var latest: Exposition?
            let settled = try await WorkerFailureTests.waitUntil(180) {
                guard let answer = await Self.scrape(port), answer.status == 200 else { return false }
                let exposition = try Exposition(parsing: answer.text)
                latest = exposition
                let stored = try await harness.count("SELECT count(*) FROM programs")
                return stored > 0 && exposition.sum("connect_ingest_queue_jobs", where: ["state": "ready"]) == 0
                    && exposition.sum("connect_ingest_queue_jobs", where: ["state": "leased"]) == 0
                    && exposition.sum("connect_ingest_source_runs_total") > 0
            }
            #expect(settled, "the run never finished as /metrics tells it")
            let exposition = try #require(latest)
            #expect(
                exposition.sum("connect_ingest_http_requests_total", where: ["agency": "TIPA", "status": "200"]) > 0)
            #expect(exposition.sum("connect_ingest_http_request_duration_seconds_count", where: ["agency": "TIPA"]) > 0)
            let stored = try await harness.count("SELECT count(*) FROM programs")
            // TIPA's own boards, and the IRIS and NTIS crawls filtered to TIPA (labelled with the hub).
            let new = exposition.sum("connect_ingest_programs_stored_total", where: ["result": "new"])
            #expect(stored > 0 && Int(new) == stored, "stored \(stored), /metrics says \(new) new")
            #expect(exposition.sum("connect_ingest_pages_total", where: ["agency": "TIPA", "result": "fetched"]) > 0)
            #expect(exposition.sum("connect_ingest_jobs_total", where: ["kind": "crawl_source"]) > 0)
            // Read from PostgreSQL at scrape time: TIPA succeeded just now, KIMST never did.
            let tipa = exposition.sum("connect_ingest_last_success_timestamp_seconds", where: ["agency": "TIPA"])
            #expect(abs(tipa - Date().timeIntervalSince1970) < 600)
            #expect(
                exposition.families.first { $0.name == "connect_ingest_last_success_timestamp_seconds" }?.samples
                    .contains { $0.labels.contains(.init("agency", "KIMST")) && $0.value == 0 } == true)
            let answer = try #require(await Self.scrape(port))
            let check = try await Promtool.checkMetrics(answer.text)
            #expect(check.status == 0 && check.output.isEmpty, "\(check.output)")
            let other = try await CurlCommand.run(url: "http://metrics.test/other", port: port, arguments: [])
            #expect(other.status == 404)
            kill(worker.processIdentifier, SIGTERM)
            await worker.exited()
            #expect(worker.terminationStatus == 0)
            #expect(await Self.scrape(port) == nil, "/metrics still answers after the worker stopped")
        }
    }

    @Test("timer-run commands write their textfiles: schedule and match, promtool-clean, labelled by command")
    func timerRunTextfiles() async throws {
        try await PipelineHarness.with { harness in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textfiles-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var environment = harness.environment
            environment["CONNECT_METRICS_TEXTFILE_DIR"] = folder.path
            let schedule = try await CommandRunner.run(
                ["schedule", "--at", "2026-11-23 09:05", "--agency", "TIPA"], environment: environment)
            #expect(schedule.status == 0, "\(schedule.standardError)")
            let match = try await CommandRunner.run(["match", "--full"], environment: environment)
            #expect(match.status == 0, "\(match.standardError)")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files == ["connect_ingest_match.prom", "connect_ingest_schedule.prom"])

            let scheduled = try String(
                contentsOf: folder.appendingPathComponent("connect_ingest_schedule.prom"), encoding: .utf8)
            let enqueued = schedule.standardOutput.split(separator: "\n").filter { $0.hasPrefix("enqueued ") }.count
            #expect(enqueued > 0)
            let scheduleExposition = try Exposition(parsing: scheduled)
            #expect(
                Int(
                    scheduleExposition.sum(
                        "connect_ingest_queue_jobs", where: ["command": "schedule", "state": "ready"]))
                    == enqueued)
            let matched = try String(
                contentsOf: folder.appendingPathComponent("connect_ingest_match.prom"), encoding: .utf8)
            let matchExposition = try Exposition(parsing: matched)
            #expect(
                matchExposition.sum(
                    "connect_ingest_match_run_duration_seconds_count", where: ["command": "match", "mode": "full"]) == 1
            )
            for text in [scheduled, matched] {
                let check = try await Promtool.checkMetrics(text)
                #expect(check.status == 0 && check.output.isEmpty, "\(check.output)")
            }
        }
    }

    @Test("a malformed metrics.listen stops work with the setting's name and exit 78")
    func badListenSetting() async throws {
        try await PipelineHarness.with { harness in
            var environment = harness.environment
            environment["CONNECT_METRICS_LISTEN"] = "localhost"
            let outcome = try await CommandRunner.run(
                harness.workArguments + ["--until-idle"], environment: environment)
            #expect(outcome.status == 78)
            #expect(outcome.standardError.contains("metrics.listen"), "\(outcome.standardError)")
        }
    }

}
