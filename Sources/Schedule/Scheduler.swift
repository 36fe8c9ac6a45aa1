/// Enqueues a slot's plan: one job per planned crawl, keyed so that a timer firing twice in one slot, or a host
/// catching up after it was down, enqueues each crawl at most once.
public struct Scheduler: Sendable {
    public let queue: any CrawlEnqueuing

    public init(queue: any CrawlEnqueuing) { self.queue = queue }

    /// Enqueues every crawl of `plan` in order.
    /// - Parameter report: called after each crawl is enqueued (or found already enqueued), so a caller can print
    ///   progress before a later failure.
    /// - Returns: each crawl with its outcome, in plan order.
    /// - Throws: `ScheduleError` (`.enqueueFailed`) naming the crawl the queue failed on; the crawls before it are
    ///   enqueued, and running the slot again enqueues only the rest.
    public func enqueue(
        _ plan: SlotPlan, report: @Sendable (ScheduledCrawl) -> Void = { _ in }
    ) async throws(ScheduleError) -> [ScheduledCrawl] {
        var results: [ScheduledCrawl] = []
        for crawl in plan.crawls {
            let outcome: SlotEnqueueOutcome
            do {
                outcome = try await queue.enqueueCrawl(
                    crawl.job(), dedupeKey: crawl.dedupeKey, coalesceKey: crawl.coalesceKey)
            } catch {
                throw ScheduleError(code: .enqueueFailed, message: "\(error)", crawl: crawl.description)
            }
            let result = ScheduledCrawl(crawl: crawl, outcome: outcome)
            report(result)
            results.append(result)
        }
        return results
    }
}

/// One planned crawl and what the queue did with it.
public struct ScheduledCrawl: Sendable, Hashable {
    public let crawl: PlannedCrawl
    public let outcome: SlotEnqueueOutcome

    public init(crawl: PlannedCrawl, outcome: SlotEnqueueOutcome) {
        self.crawl = crawl
        self.outcome = outcome
    }
}
