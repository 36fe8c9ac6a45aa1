import Fetch
import Foundation
import RedisClient
import TestSupport
import Testing

@Suite("A host's request rate, shared through Redis")
struct HostRateLimiterTests {
    /// Two connections stand for two worker processes; keys under a prefix of the test's own.
    static func limiters() async throws -> (HostRateLimiter, HostRateLimiter, RedisConnection, String) {
        let url = try ServiceURLs.redisQueueURL()
        let first = try await RedisConnection.connect(
            url: url, connectTimeout: .seconds(2), commandTimeout: .seconds(5))
        let second = try await RedisConnection.connect(
            url: url, connectTimeout: .seconds(2), commandTimeout: .seconds(5))
        let prefix = "test:rate:\(UUID().uuidString):"
        return (
            HostRateLimiter(redis: first, keyPrefix: prefix), HostRateLimiter(redis: second, keyPrefix: prefix), first,
            prefix
        )
    }

    @Test("two workers asking at once get consecutive slots, one interval apart")
    func sharedSpacing() async throws {
        let (first, second, connection, prefix) = try await Self.limiters()
        let interval = Duration.milliseconds(120)
        let starts = try await withThrowingTaskGroup(of: ContinuousClock.Instant.self) { group in
            for index in 0..<8 {
                let limiter = index.isMultiple(of: 2) ? first : second
                group.addTask {
                    let granted = try await limiter.acquire(
                        host: "www.iris.go.kr", interval: interval, maxWait: .seconds(5))
                    #expect(granted)
                    return ContinuousClock.now
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted()
        }
        let span = try #require(starts.last) - (try #require(starts.first))
        // Eight requests at one per 120 ms take at least seven intervals, whoever asked.
        #expect(span >= .milliseconds(7 * 120 - 40))
        _ = try await connection.send("DEL", prefix + "www.iris.go.kr")
    }

    @Test("hosts are limited apart: a busy host does not slow another")
    func hostsApart() async throws {
        let (first, _, connection, prefix) = try await Self.limiters()
        for _ in 0..<3 {
            _ = try await first.reserve(host: "www.iris.go.kr", interval: .seconds(10), maxWait: .seconds(60))
        }
        #expect(
            try await first.reserve(host: "www.ntis.go.kr", interval: .seconds(10), maxWait: .seconds(60))
                == .granted(wait: .zero))
        _ = try await connection.send("DEL", prefix + "www.iris.go.kr", prefix + "www.ntis.go.kr")
    }

    @Test("a wait beyond the caller's limit books nothing and says how long it would be")
    func tooFar() async throws {
        let (first, second, connection, prefix) = try await Self.limiters()
        // An hour per request: however slow a loaded machine is between the calls, the next slot stays far away.
        let interval = Duration.seconds(3600)
        #expect(
            try await first.reserve(host: "www.tipa.or.kr", interval: interval, maxWait: .seconds(1))
                == .granted(wait: .zero))
        guard
            case .tooFar(let wait) = try await second.reserve(
                host: "www.tipa.or.kr", interval: interval, maxWait: .seconds(1))
        else {
            Issue.record("a slot an hour away was granted to a caller accepting one second")
            return
        }
        #expect(wait > .seconds(3000) && wait <= interval)
        // Nothing was booked: a patient caller still gets the second slot, not the third.
        guard
            case .granted(let patient) = try await second.reserve(
                host: "www.tipa.or.kr", interval: interval, maxWait: .seconds(7200))
        else {
            Issue.record("a patient caller was refused")
            return
        }
        #expect(patient <= interval)
        _ = try await connection.send("DEL", prefix + "www.tipa.or.kr")
    }
}
