import JobQueue
import Testing

@Suite("Retry rules (no Redis)")
struct QueuePolicyTests {
    @Test("backoff doubles from the base and stops at the cap")
    func backoffDoublesAndCaps() {
        let policy = QueuePolicy(backoffBase: .seconds(30), backoffCap: .seconds(3600))
        let delays = (1...9).map { policy.backoff(afterAttempts: $0) }
        #expect(
            delays == [
                .seconds(30), .seconds(60), .seconds(120), .seconds(240), .seconds(480), .seconds(960), .seconds(1920),
                .seconds(3600), .seconds(3600),
            ])
        #expect(policy.backoff(afterAttempts: 10_000) == .seconds(3600))
    }

    @Test("a failure is retried while attempts remain, then dead")
    func decisionByAttempt() {
        let policy = QueuePolicy(maxAttempts: 3, backoffBase: .milliseconds(200))
        #expect(policy.decision(afterFailedAttempt: 0, retryable: true) == .retry(after: .milliseconds(200)))
        #expect(policy.decision(afterFailedAttempt: 1, retryable: true) == .retry(after: .milliseconds(400)))
        #expect(policy.decision(afterFailedAttempt: 2, retryable: true) == .dead)
        #expect(policy.decision(afterFailedAttempt: 0, retryable: false) == .dead)
    }

    @Test("one attempt means no retry at all")
    func singleAttempt() {
        let policy = QueuePolicy(maxAttempts: 1)
        #expect(policy.decision(afterFailedAttempt: 0, retryable: true) == .dead)
    }

    @Test("the defaults are the issue's")
    func defaults() {
        let policy = QueuePolicy()
        #expect(policy.lease == .seconds(60))
        #expect(policy.renewInterval == .seconds(15))
        #expect(policy.maxAttempts == 3)
        #expect(policy.backoffBase == .seconds(30))
        #expect(policy.backoffCap == .seconds(3600))
        #expect(policy.dedupeFor == .seconds(172_800))
    }
}
