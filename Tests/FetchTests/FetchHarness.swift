import AgencySim
import CurlTransport
import Fetch
import Foundation
import RedisClient
import TestSupport

/// The simulated agency web of `Fixtures/` on loopback, an engine, and a fetcher with a rate limiter of the test's
/// own (a Redis key prefix nobody else uses), for one test.
struct FetchHarness {
    let simulator: AgencySimulator
    let engine: CurlEngine
    let redis: RedisConnection
    let keyPrefix: String

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A policy fast enough for tests: short backoff, a generous rate (the tests that check pacing set their own).
    static let quickPolicy = FetchPolicy(
        retry: RetryPolicy(
            maxAttempts: 3, baseDelay: .milliseconds(20), maxDelay: .milliseconds(100),
            maxRetryAfter: .seconds(2), maxThrottledWaits: 3),
        defaultRequestsPerMinute: 60_000)

    static func with<Result>(_ body: (FetchHarness) async throws -> Result) async throws -> Result {
        let simulator = try AgencySimulator(fixturesRoot: fixtures)
        try simulator.start()
        let engine = CurlEngine(maxInFlight: 16, maxPerHost: 8)
        let redis = try await RedisConnection.connect(
            url: try ServiceURLs.redisQueueURL(), connectTimeout: .seconds(2), commandTimeout: .seconds(5))
        let harness = FetchHarness(
            simulator: simulator, engine: engine, redis: redis, keyPrefix: "test:fetch:\(UUID().uuidString):")
        defer {
            engine.shutdown()
            simulator.stop()
        }
        let result = try await body(harness)
        await redis.close()
        return result
    }

    func fetcher(_ policy: FetchPolicy = quickPolicy, redis: RedisConnection? = nil) -> PageFetcher {
        PageFetcher(
            engine: engine, limiter: HostRateLimiter(redis: redis ?? self.redis, keyPrefix: keyPrefix), policy: policy,
            addressing: .simulated(port: simulator.port))
    }

    func fault(_ host: String, path: String? = nil, _ fault: Scenario.Fault, times: Int? = nil) throws {
        try simulator.apply(
            Scenario(name: "test", faults: [.init(match: .init(host: host, path: path), fault: fault, times: times)]))
    }

    /// Requests the simulator saw for `path` on `host`.
    func logged(host: String, path: String) -> [LoggedRequest] {
        simulator.requestLog.filter { $0.host == host && $0.path == path }
    }
}
