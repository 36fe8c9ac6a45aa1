import JobQueue

/// The real queue as the scheduler's: dedupe keys remembered for `policy.dedupeFor` (two days by default, longer
/// than any slot), coalesce keys folding a new crawl into one still waiting.
extension JobQueue: CrawlEnqueuing {
    public func enqueueCrawl(_ job: Job, dedupeKey: String, coalesceKey: String) async throws -> SlotEnqueueOutcome {
        switch try await enqueue(job, dedupeKey: dedupeKey, coalesceKey: coalesceKey) {
        case .enqueued(let id): .enqueued(jobID: id)
        case .duplicate(let id): .alreadyEnqueued(jobID: id)
        case .joined(let id): .joined(jobID: id)
        }
    }
}
