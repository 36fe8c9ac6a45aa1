import Foundation
import IngestMetrics
import Logging
import TestSupport
import Testing

@Suite("The /metrics endpoint")
struct MetricsEndpointTests {
    /// `curl` against the endpoint on `port` (the URL's host is only a name).
    static func get(_ path: String, port: Int, _ arguments: [String] = []) async throws -> CurlOutcome {
        try await CurlCommand.run(url: "http://metrics.test\(path)", port: port, arguments: arguments)
    }

    @Test("GET /metrics is the exposition as text/plain 0.0.4; other paths 404, other methods 405; stops on cancel")
    func answers() async throws {
        IngestMetrics.bootstrap()
        PipelineMetrics.jobFinished(kind: "noop", outcome: "succeeded")
        let port = try RedisServerProcess.freePort()
        let endpoint = MetricsEndpoint(
            address: ListenAddress(host: "127.0.0.1", port: UInt16(port)), state: nil,
            logger: Logger(label: "test.metrics"))
        let serving = Task { try await endpoint.run() }
        var answer = try await Self.get("/metrics", port: port)
        for _ in 0..<50 where answer.status != 200 {
            try await Task.sleep(for: .milliseconds(100))
            answer = try await Self.get("/metrics", port: port)
        }
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8", "\(answer.headers)")
        let exposition = try Exposition(parsing: answer.text)
        #expect(exposition.sum("connect_ingest_jobs_total", where: ["kind": "noop"]) >= 1)
        #expect(try await Self.get("/", port: port).status == 404)
        #expect(try await Self.get("/metrics/x", port: port).status == 404)
        let post = try await Self.get("/metrics", port: port, ["-X", "POST"])
        #expect(post.status == 405, "\(post.exitCode) \(post.headers) \(post.text)")
        // curl -I writes the head where the body would go: no exposition follows it.
        let head = try await Self.get("/metrics", port: port, ["-I"])
        #expect(head.status == 200 && !head.text.contains("# TYPE"))
        serving.cancel()
        try await serving.value
        #expect(try await Self.get("/metrics", port: port).exitCode != 0, "still answering after it was stopped")
    }

    @Test("an address already taken is logged and the endpoint returns, leaving the worker be")
    func addressInUse() async throws {
        let port = try RedisServerProcess.freePort()
        let address = ListenAddress(host: "127.0.0.1", port: UInt16(port))
        let first = Task { try await MetricsEndpoint(address: address, state: nil, logger: Logger(label: "a")).run() }
        var up = false
        for _ in 0..<50 where !up {
            up = (try? await Self.get("/metrics", port: port).status) == 200
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(up)
        // Returns at once (a bind failure), instead of throwing or serving.
        try await MetricsEndpoint(address: address, state: nil, logger: Logger(label: "b")).run()
        first.cancel()
        try await first.value
    }
}
