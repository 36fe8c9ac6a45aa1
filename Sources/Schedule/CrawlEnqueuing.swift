import JobQueue

/// What the scheduler needs of the queue: enqueue a job unless its dedupe key was already used, or fold it into a
/// waiting job with the same coalesce key. `JobQueue` is the implementation; the protocol keeps the
/// scheduler's plan logic testable on its own.
public protocol CrawlEnqueuing: Sendable {
    /// Enqueues `job`, or says which job already stands for it.
    func enqueueCrawl(_ job: Job, dedupeKey: String, coalesceKey: String) async throws -> SlotEnqueueOutcome
}

/// What happened to one planned crawl.
public enum SlotEnqueueOutcome: Sendable, Hashable {
    /// A new job.
    case enqueued(jobID: String)
    /// The slot's job for this crawl was enqueued before (the timer fired twice, or a catch-up run).
    case alreadyEnqueued(jobID: String)
    /// A crawl of the same source (variant and agency filter) was waiting in the queue, not yet taken by a worker; it
    /// stands for this one.
    case joined(jobID: String)

    /// The job that does the crawl.
    public var jobID: String {
        switch self {
        case .enqueued(let id), .alreadyEnqueued(let id), .joined(let id): id
        }
    }
}
