import Foundation

/// When a failed request is tried again, and after how long. At most `maxAttempts` in total (3 by default) for
/// timeouts, connection failures, 5xx and 408, with exponential backoff and full jitter so that workers that failed
/// together do not retry together. 429 and 503 wait what `Retry-After` says (capped) and the wait does not use up an
/// attempt; `maxThrottledWaits` bounds how often, so a host that answers nothing but 429 fails the page instead of
/// spinning. Other 4xx are final.
public struct RetryPolicy: Sendable, Hashable {
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The longest `Retry-After` obeyed; a longer one is cut to this.
    public var maxRetryAfter: Duration
    /// Throttled answers (429/503) tolerated for one page before it fails.
    public var maxThrottledWaits: Int

    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .seconds(1), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(120), maxThrottledWaits: Int = 5
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.maxThrottledWaits = max(0, maxThrottledWaits)
    }

    /// What happened to one attempt.
    public enum Outcome: Sendable, Hashable {
        case status(Int, retryAfter: String?)
        case timeout
        case connectionFailure
        /// Size cap, TLS, a refused redirect …: trying again changes nothing.
        case finalFailure
    }

    /// What to do next.
    public enum Decision: Sendable, Hashable {
        case done
        /// Try again after `delay`; `countsAsAttempt` is false for a throttled wait.
        case retry(after: Duration, countsAsAttempt: Bool)
        /// Stop: the page failed for `reason`.
        case giveUp(reason: String)
    }

    /// The decision after an attempt, given the attempts and throttled waits already spent on this page.
    /// - Parameters:
    ///   - attempt: 1 for the first attempt.
    ///   - random: a number in 0..<1 for the jitter (injected so tests are exact).
    public func decide(
        _ outcome: Outcome, attempt: Int, throttledWaits: Int, now: Date = Date(), random: Double
    ) -> Decision {
        switch outcome {
        case .status(let code, _) where (200..<400).contains(code):
            return .done
        case .status(let code, let retryAfter) where code == 429 || code == 503:
            guard throttledWaits < maxThrottledWaits else {
                return .giveUp(reason: "HTTP \(code) \(throttledWaits + 1) times in a row: the host keeps throttling")
            }
            let asked = retryAfter.flatMap { Self.retryAfter($0, now: now) }
            let wait = min(asked ?? backoff(attempt: throttledWaits + 1, random: random), maxRetryAfter)
            return .retry(after: wait, countsAsAttempt: false)
        case .status(let code, _) where code >= 500 || code == 408:
            return attempt < maxAttempts
                ? .retry(after: backoff(attempt: attempt, random: random), countsAsAttempt: true)
                : .giveUp(reason: "HTTP \(code) on all \(maxAttempts) attempts")
        case .status(let code, _):
            return .giveUp(reason: "HTTP \(code)")
        case .timeout, .connectionFailure:
            let what = outcome == .timeout ? "timed out" : "connection failed"
            return attempt < maxAttempts
                ? .retry(after: backoff(attempt: attempt, random: random), countsAsAttempt: true)
                : .giveUp(reason: "\(what) on all \(maxAttempts) attempts")
        case .finalFailure:
            return .giveUp(reason: "not retried")
        }
    }

    /// Full jitter: a random wait between zero and `baseDelay · 2^(attempt-1)`, capped at `maxDelay`.
    func backoff(attempt: Int, random: Double) -> Duration {
        let ceiling = min(maxDelay, baseDelay * (1 << min(max(0, attempt - 1), 20)))
        return ceiling * min(max(random, 0), 1)
    }

    /// `Retry-After` as seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`), as a wait from `now`;
    /// nil when unreadable. A date in the past is no wait.
    public static func retryAfter(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                return .milliseconds(max(0, Int((date.timeIntervalSince(now) * 1000).rounded(.up))))
            }
        }
        return nil
    }

    /// The most requests one page can cost: every attempt plus every throttled wait's retry.
    public var maxRequestsPerPage: Int { maxAttempts + maxThrottledWaits }
}
