import Fetch
import Foundation
import Testing

@Suite("Retry decisions")
struct RetryPolicyTests {
    let policy = RetryPolicy(
        maxAttempts: 3, baseDelay: .seconds(1), maxDelay: .seconds(30), maxRetryAfter: .seconds(120),
        maxThrottledWaits: 5)

    @Test("success and redirects are done; other 4xx are final")
    func finalAnswers() {
        #expect(policy.decide(.status(200, retryAfter: nil), attempt: 1, throttledWaits: 0, random: 0.5) == .done)
        #expect(policy.decide(.status(304, retryAfter: nil), attempt: 1, throttledWaits: 0, random: 0.5) == .done)
        #expect(
            policy.decide(.status(404, retryAfter: nil), attempt: 1, throttledWaits: 0, random: 0.5)
                == .giveUp(reason: "HTTP 404"))
        #expect(
            policy.decide(.finalFailure, attempt: 1, throttledWaits: 0, random: 0.5) == .giveUp(reason: "not retried"))
    }

    @Test("5xx, 408, timeouts and connection failures retry with growing jittered backoff, three attempts in all")
    func backoff() {
        for outcome in [
            RetryPolicy.Outcome.status(500, retryAfter: nil), .status(408, retryAfter: nil), .timeout,
            .connectionFailure,
        ] {
            #expect(
                policy.decide(outcome, attempt: 1, throttledWaits: 0, random: 1)
                    == .retry(after: .seconds(1), countsAsAttempt: true))
            #expect(
                policy.decide(outcome, attempt: 2, throttledWaits: 0, random: 1)
                    == .retry(after: .seconds(2), countsAsAttempt: true))
            #expect(
                policy.decide(outcome, attempt: 2, throttledWaits: 0, random: 0.25)
                    == .retry(after: .milliseconds(500), countsAsAttempt: true))
            guard case .giveUp = policy.decide(outcome, attempt: 3, throttledWaits: 0, random: 1) else {
                Issue.record("a third failure of \(outcome) was retried")
                continue
            }
        }
        #expect(
            RetryPolicy(baseDelay: .seconds(10), maxDelay: .seconds(15)).decide(
                .timeout, attempt: 2, throttledWaits: 0, random: 1)
                == .retry(after: .seconds(15), countsAsAttempt: true))
    }

    @Test("429 and 503 wait what Retry-After says, capped, without using an attempt; endless throttling gives up")
    func throttled() {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(
            policy.decide(.status(429, retryAfter: "7"), attempt: 3, throttledWaits: 0, now: now, random: 0)
                == .retry(after: .seconds(7), countsAsAttempt: false))
        #expect(
            policy.decide(.status(503, retryAfter: "86400"), attempt: 1, throttledWaits: 0, now: now, random: 0)
                == .retry(after: .seconds(120), countsAsAttempt: false))
        guard
            case .giveUp(let reason) = policy.decide(
                .status(429, retryAfter: "1"), attempt: 1, throttledWaits: 5, random: 0)
        else {
            Issue.record("a sixth 429 was retried")
            return
        }
        #expect(reason.contains("429"))
        #expect(policy.maxRequestsPerPage == 8)
    }

    @Test("Retry-After as seconds or as an HTTP date")
    func retryAfterForms() {
        let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21T14:13:20Z
        #expect(RetryPolicy.retryAfter(" 30 ", now: now) == .seconds(30))
        #expect(RetryPolicy.retryAfter("Mon, 21 Sep 2026 14:14:20 GMT", now: now) == .seconds(60))
        #expect(RetryPolicy.retryAfter("Mon, 21 Sep 2026 14:00:00 GMT", now: now) == .zero)
        #expect(RetryPolicy.retryAfter("soon", now: now) == nil)
        #expect(RetryPolicy.retryAfter("-5", now: now) == nil)
    }
}
