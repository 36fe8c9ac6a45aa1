import Foundation
import IngestMetrics
import JobQueue
import RedisClient
import TestSupport
import Testing

/// What the process exposes, checked by Prometheus's own tool: every series the code records, with help lines,
/// units and `_total` counters, passes `promtool check metrics` without a single lint problem.
@Suite("The exposition, checked by promtool", .serialized)
struct ExpositionCheckTests {
    /// Records one of everything, as the pipeline would, and reads the state gauges from a real Redis (and a
    /// PostgreSQL URL that refuses, so the read-failure counter is exercised too).
    static func recordEverything() async throws {
        IngestMetrics.bootstrap()
        let started = ContinuousClock.now
        PipelineMetrics.requestCompleted(agency: "TESTAGENCY", source: "test.list", status: "200", since: started)
        PipelineMetrics.requestCompleted(agency: nil, source: "test.list", status: "timeout", since: started)
        var ok = SourceRunFigures(agency: "TESTAGENCY", source: "test.list", outcome: "partial")
        ok.pagesFetched = 4
        ok.failureReasons = ["fetch_http", "parse_blockPage"]
        ok.programsNew = 2
        ok.programsUnchanged = 1
        PipelineMetrics.sourceRunFinished(ok)
        PipelineMetrics.sourceRunFinished(
            SourceRunFigures(agency: "TESTAGENCY", source: "test.list", outcome: "failed"))
        PipelineMetrics.jobFinished(kind: "crawl_source", outcome: "succeeded")
        PipelineMetrics.matchRunFinished(mode: "full", seconds: 12.5, matchesWritten: 40)
        let namespace = "test-metrics:\(UUID().uuidString)"
        let redis = try await RedisConnection.connect(url: try ServiceURLs.redisQueueURL())
        let queue = JobQueue(connection: redis, namespace: namespace)
        for _ in 0..<3 { _ = try await queue.enqueue(Job(kind: .noop)) }
        defer { Task { await Self.forget(namespace) } }
        await redis.close()
        let reader = PipelineStateReader(
            databaseURL: "postgresql://nobody@127.0.0.1:1/none", queueURL: try ServiceURLs.redisQueueURL(),
            queueNamespace: namespace, timeout: .seconds(2))
        await reader.refresh()
    }

    @Test("every series is exposed, and promtool check metrics finds nothing to say")
    func promtoolClean() async throws {
        try await Self.recordEverything()
        let text = IngestMetrics.exposition()
        let exposition = try Exposition(parsing: text)
        for series in MetricSeries.all {
            let name = series.kind == .histogram ? series.name + "_bucket" : series.name
            #expect(exposition.sampleNames.contains(name), "\(series.name) is not exposed")
            #expect(
                exposition.families.first { $0.name == series.name }?.help == series.help, "\(series.name)'s help")
        }
        let check = try await Promtool.checkMetrics(text)
        #expect(check.status == 0 && check.output.isEmpty, "\(check.output)\n\(text)")
    }

    @Test("figures: requests by status, failures by reason, stored programs, queue depth, read failures")
    func figures() async throws {
        try await Self.recordEverything()
        let exposition = try Exposition(parsing: IngestMetrics.exposition())
        #expect(
            exposition.sum("connect_ingest_http_requests_total", where: ["agency": "none", "status": "timeout"]) >= 1)
        #expect(
            exposition.sum("scraping_failures_total", where: ["agency": "TESTAGENCY", "reason": "run_failed"]) >= 1)
        #expect(
            exposition.sum("scraping_failures_total", where: ["agency": "TESTAGENCY", "reason": "parse_blockPage"]) >= 1
        )
        #expect(
            exposition.sum("connect_ingest_programs_stored_total", where: ["agency": "TESTAGENCY", "result": "new"])
                >= 2)
        #expect(exposition.sum("connect_ingest_last_success_timestamp_seconds", where: ["agency": "TESTAGENCY"]) > 1e9)
        #expect(exposition.sum("connect_ingest_state_read_failures_total", where: ["service": "postgres"]) >= 1)
        #expect(
            exposition.sum("connect_ingest_http_request_duration_seconds_count", where: ["source": "test.list"]) >= 2)
    }

    @Test("the queue gauges are Redis's figures at read time")
    func queueGauges() async throws {
        IngestMetrics.bootstrap()
        let namespace = "test-metrics-queue:\(UUID().uuidString)"
        let redis = try await RedisConnection.connect(url: try ServiceURLs.redisQueueURL())
        let queue = JobQueue(connection: redis, namespace: namespace)
        for _ in 0..<5 { _ = try await queue.enqueue(Job(kind: .noop)) }
        _ = try await queue.enqueue(Job(kind: .noop), notBefore: Date().addingTimeInterval(3600))
        defer { Task { await Self.forget(namespace) } }
        try await Task.sleep(for: .milliseconds(1100))
        await redis.close()
        let reader = PipelineStateReader(
            databaseURL: "postgresql://nobody@127.0.0.1:1/none", queueURL: try ServiceURLs.redisQueueURL(),
            queueNamespace: namespace)
        await reader.refresh()
        let exposition = try Exposition(parsing: IngestMetrics.exposition())
        #expect(exposition.sum("connect_ingest_queue_jobs", where: ["state": "ready"]) == 5)
        #expect(exposition.sum("connect_ingest_queue_jobs", where: ["state": "delayed"]) == 1)
        #expect(exposition.sum("connect_ingest_queue_oldest_waiting_age_seconds") >= 1)
    }

    /// Removes a test namespace's keys from the shared Redis.
    static func forget(_ namespace: String) async {
        guard let redis = try? await RedisConnection.connect(url: try ServiceURLs.redisQueueURL()) else { return }
        let script = "for _, key in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', key) end"
        _ = try? await redis.send("EVAL", script, "0", namespace + "*")
        await redis.close()
    }
}
