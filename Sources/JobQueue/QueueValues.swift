import Foundation

/// A worker's hold on one delivered job. The token tells this delivery apart from a later one of the same job (after
/// the lease expired, or after a release), so a worker that lost its lease cannot complete or fail the job under the
/// feet of the worker that holds it now.
public struct Lease: Sendable, Hashable {
    /// The job, with `attempt` as the queue counts it (attempts made before this delivery).
    public let job: Job
    public let worker: WorkerIdentity
    /// When the lease runs out unless renewed, by the Redis server's clock.
    public let expiresAt: Date
    /// Unique per delivery within the queue's namespace.
    public let token: Int64

    public init(job: Job, worker: WorkerIdentity, expiresAt: Date, token: Int64) {
        self.job = job
        self.worker = worker
        self.expiresAt = expiresAt
        self.token = token
    }
}

/// What an enqueue did, so the scheduler can report which job stands for its request.
public enum EnqueueOutcome: Sendable, Hashable {
    /// A new job was queued.
    case enqueued(id: String)
    /// The dedupe key (or the job id itself) was seen within the dedupe period; that job stands for this one.
    case duplicate(id: String)
    /// A job with the same coalesce key is waiting (or, for a manual run, active); it stands for this one.
    case joined(id: String)

    /// The job that does the work, whatever happened.
    public var id: String {
        switch self {
        case .enqueued(let id), .duplicate(let id), .joined(let id): id
        }
    }
}

/// What became of a failed delivery.
public enum FailOutcome: Sendable, Hashable {
    /// Delayed until this time (Redis server clock), then delivered again.
    case retry(at: Date)
    /// Dead-lettered: no attempts left, or the failure was not retryable.
    case dead
}

/// How many jobs are in each state, for health checks, metrics and `isIdle`.
public struct QueueCounts: Sendable, Hashable, Codable {
    /// Waiting to be leased now, including `coalesced`.
    public var ready: Int
    /// Waiting for a due time (a retry's backoff, or `notBefore`).
    public var delayed: Int
    /// Held by workers (including leases that expired and are not reclaimed yet).
    public var leased: Int
    /// Dead-lettered, until retried or purged.
    public var dead: Int
    /// Completed so far (a counter; completed jobs themselves are not kept).
    public var done: Int
    /// Of `ready`, those held back because their coalesce key's job is active.
    public var coalesced: Int

    public init(ready: Int = 0, delayed: Int = 0, leased: Int = 0, dead: Int = 0, done: Int = 0, coalesced: Int = 0) {
        self.ready = ready
        self.delayed = delayed
        self.leased = leased
        self.dead = dead
        self.done = done
        self.coalesced = coalesced
    }
}

/// A lease as an operator sees it: who holds which job until when.
public struct LeaseInfo: Sendable, Hashable {
    public let job: Job
    public let worker: WorkerIdentity
    /// By the Redis server's clock; in the past when the holder died and nobody reclaimed the job yet.
    public let expiresAt: Date
}

/// A job that ran out of attempts (or failed permanently), kept with the reason so an operator can fix the cause and
/// retry it.
public struct DeadLetter: Sendable, Hashable {
    /// The job; `attempt` is the number of attempts made.
    public let job: Job
    /// The last delivery's error (`lease expired` when its worker kept dying).
    public let error: String
    /// The archived page behind the failure, if the worker named one.
    public let digest: String?
    /// By the Redis server's clock.
    public let diedAt: Date
}
