import Foundation
import JobQueue
import Testing

@Suite("Retries with exponential backoff")
struct RetryTests {
    static let policy = QueuePolicy(lease: .seconds(30), maxAttempts: 3, backoffBase: .milliseconds(200))

    /// Fails `lease` and checks the recorded due time is the backoff after the server's time of the failure.
    private func failExpectingRetry(
        _ queue: JobQueue, _ lease: Lease, error: String, backoff: Duration
    ) async throws -> Date {
        let before = try await queue.serverTime()
        let outcome = try await queue.fail(lease, error: error)
        let after = try await queue.serverTime()
        guard case .retry(let due) = outcome else {
            Issue.record("expected a retry after \(error), got \(outcome)")
            return .distantFuture
        }
        let seconds = Double(backoff.components.seconds) + Double(backoff.components.attoseconds) / 1e18
        #expect(due >= before.addingTimeInterval(seconds - 0.000_01))
        #expect(due <= after.addingTimeInterval(seconds + 0.000_01))
        #expect(try await queue.score(in: "delayed", of: lease.job.id) == microseconds(due))
        #expect(try await queue.counts() == QueueCounts(delayed: 1))
        return due
    }

    @Test("fail → delayed by base, then 2·base, then dead after the last attempt, with the last error")
    func backoffOrder() async throws {
        try await IsolatedQueue.with(policy: Self.policy) { queue async throws in
            let job = Job.noop()
            try await queue.enqueue(job)

            let first = try #require(try await queue.lease(.first).first)
            #expect(first.job.attempt == 0)
            let firstDue = try await failExpectingRetry(queue, first, error: "HTTP 503", backoff: .milliseconds(200))

            let second = try #require(try await queue.leaseWhenDue(.first))
            #expect(second.job.attempt == 1)
            #expect(second.expiresAt.addingTimeInterval(-30) >= firstDue.addingTimeInterval(-0.000_01))
            let secondDue = try await failExpectingRetry(
                queue, second, error: "HTTP 502", backoff: .milliseconds(400))
            #expect(secondDue > firstDue)

            let third = try #require(try await queue.leaseWhenDue(.second))
            #expect(third.job.attempt == 2)
            #expect(third.expiresAt.addingTimeInterval(-30) >= secondDue.addingTimeInterval(-0.000_01))
            #expect(try await queue.fail(third, error: "HTTP 500", digest: "sha256:abc") == .dead)

            #expect(try await queue.counts() == QueueCounts(dead: 1))
            let letter = try #require(try await queue.deadLetters().first)
            #expect(letter.job.id == job.id)
            #expect(letter.job.attempt == 3)
            #expect(letter.error == "HTTP 500")
            #expect(letter.digest == "sha256:abc")
        }
    }

    @Test("a failure that is not retryable is dead at once")
    func notRetryable() async throws {
        try await IsolatedQueue.with(policy: Self.policy) { queue async throws in
            try await queue.enqueue(Job.noop())
            let lease = try #require(try await queue.lease(.first).first)
            #expect(try await queue.fail(lease, error: "parser rejected the page", retryable: false) == .dead)
            #expect(try await queue.counts() == QueueCounts(dead: 1))
            #expect(try await queue.deadLetters().first?.job.attempt == 1)
        }
    }

    @Test("a retry is capped")
    func capped() async throws {
        let policy = QueuePolicy(maxAttempts: 5, backoffBase: .seconds(30), backoffCap: .seconds(45))
        try await IsolatedQueue.with(policy: policy) { queue async throws in
            try await queue.enqueue(Job.noop())
            var lease = try #require(try await queue.lease(.first).first)
            _ = try await failExpectingRetry(queue, lease, error: "1", backoff: .seconds(30))
            // Make the retry due now instead of waiting 30 s, then check the second delay is capped at 45 s.
            _ = try await queue.connection.send("ZADD", queue.namespace + ":delayed", "0", lease.job.id)
            lease = try #require(try await queue.lease(.first).first)
            _ = try await failExpectingRetry(queue, lease, error: "2", backoff: .seconds(45))
        }
    }
}
