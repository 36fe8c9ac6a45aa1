/// The queue's timing and retry rules in one value, so production keeps the defaults while tests scale every
/// duration down (a 1 s lease, a 200 ms backoff) and exercise the same code paths.
public struct QueuePolicy: Sendable, Hashable {
    /// How long a lease lasts without renewal: long enough to survive a slow page, short enough that a killed
    /// worker's jobs come back within a minute.
    public var lease: Duration = .seconds(60)
    /// How often a worker should renew the leases it holds; a quarter of the lease survives three missed renewals.
    public var renewInterval: Duration = .seconds(15)
    /// Deliveries a job gets before it is dead-lettered (failures and expired leases both count).
    public var maxAttempts = 3
    /// The first retry delay; each later one doubles.
    public var backoffBase: Duration = .seconds(30)
    /// The longest retry delay, whatever the attempt.
    public var backoffCap: Duration = .seconds(3600)
    /// How long a dedupe key is remembered: two days covers a timer slot fired twice and a catch-up run.
    public var dedupeFor: Duration = .seconds(172_800)

    public init(
        lease: Duration = .seconds(60), renewInterval: Duration = .seconds(15), maxAttempts: Int = 3,
        backoffBase: Duration = .seconds(30), backoffCap: Duration = .seconds(3600),
        dedupeFor: Duration = .seconds(172_800)
    ) {
        self.lease = lease
        self.renewInterval = renewInterval
        self.maxAttempts = max(1, maxAttempts)
        self.backoffBase = backoffBase
        self.backoffCap = backoffCap
        self.dedupeFor = dedupeFor
    }

    /// What becomes of a job whose delivery failed; decided here, in plain Swift, so the rule is unit-tested without
    /// Redis and the Lua script only applies it.
    public enum FailureDecision: Sendable, Hashable {
        /// Wait this long, then deliver again.
        case retry(after: Duration)
        /// No deliveries left (or the failure is permanent): dead-letter it.
        case dead
    }

    /// The decision after a failed delivery.
    /// - Parameters:
    ///   - attempt: the failed delivery's `Job.attempt` (attempts made before it, 0 on the first delivery).
    ///   - retryable: false for failures another try cannot fix (a page the parser rejects, a bad payload).
    public func decision(afterFailedAttempt attempt: Int, retryable: Bool) -> FailureDecision {
        let attemptsMade = attempt + 1
        guard retryable, attemptsMade < maxAttempts else { return .dead }
        return .retry(after: backoff(afterAttempts: attemptsMade))
    }

    /// `backoffBase * 2^(attemptsMade - 1)`, capped at `backoffCap` (and never negative or overflowing).
    public func backoff(afterAttempts attemptsMade: Int) -> Duration {
        let base = Self.microseconds(backoffBase)
        let cap = Self.microseconds(backoffCap)
        guard base > 0 else { return .zero }
        let doublings = max(0, attemptsMade - 1)
        var delay = base
        for _ in 0..<min(doublings, 62) {
            let (doubled, overflow) = delay.multipliedReportingOverflow(by: 2)
            if overflow || doubled >= cap {
                delay = cap
                break
            }
            delay = doubled
        }
        return .microseconds(min(delay, cap))
    }

    /// A duration in whole microseconds, the unit every time in the queue's scripts uses.
    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
        if overflow { return seconds < 0 ? Int64.min / 2 : Int64.max / 2 }
        return scaled + attoseconds / 1_000_000_000_000
    }
}
