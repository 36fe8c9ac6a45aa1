import Foundation
import IngestMetrics
import JobQueue
import Logging
import ServiceLifecycle

/// Takes jobs from the queue and runs them, at most `concurrency` at once, renewing their leases while they run.
///
/// A graceful shutdown (SIGTERM) stops the leasing; jobs in flight get `grace` to finish, and whatever is still
/// running then is released back to the queue (not counted as an attempt) and cancelled. A worker that dies without
/// that chance loses nothing either: its leases expire and the queue hands the jobs to another worker.
struct JobWorker: Service {
    let queue: JobQueue
    let identity: WorkerIdentity
    let concurrency: Int
    /// Only this agency's jobs (its own sources, and shared hubs' crawls filtered to it); nil for every job.
    let agency: String?
    let renewEvery: Duration
    let grace: Duration
    /// Exit once nothing is ready, leased or delayed (retries waiting count as work).
    let untilIdle: Bool
    /// How long to wait before asking again when nothing was ready.
    let pollInterval: Duration
    let logger: Logger
    let handle: @Sendable (Job) async throws -> CrawlJobHandler.Done
    let tally: JobTally

    func run() async throws {
        let book = LeaseBook()
        let stopping = StopSignal()
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await renewLoop(book) }
                var outage = QueueOutage()
                while !(await stopping.isSet) {
                    let free = concurrency - (await book.count)
                    let leases: [Lease]
                    do {
                        leases = free > 0 ? try await queue.lease(identity, limit: free, agency: agency) : []
                        if untilIdle, leases.isEmpty, await book.count == 0, try await queue.isIdle(agency: agency) {
                            break
                        }
                        outage.ended(logger)
                    } catch {
                        // Redis restarting or unreachable: keep the jobs in hand, ask again a little later.
                        try? await Task.sleep(for: outage.began(error, logger))
                        continue
                    }
                    for lease in leases {
                        await book.add(lease)
                        group.addTask { await runJob(lease, book) }
                    }
                    if leases.isEmpty { try? await Task.sleep(for: pollInterval) }
                }
                await drain(book)
                await stopping.set()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            Task { await stopping.set() }
        }
    }

    /// In flight at shutdown: wait up to `grace`, then hand the rest back.
    private func drain(_ book: LeaseBook) async {
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while await book.count > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        let left = await book.all
        guard !left.isEmpty else { return }
        logger.warning("releasing \(left.count) unfinished job(s) after the grace period")
        do {
            _ = try await queue.release(left)
        } catch {
            logger.error("could not release \(left.map(\.job.id)): \(error); their leases will expire instead")
        }
    }

    /// Runs until the group is cancelled (after the drain), not until shutdown begins: jobs finishing within the
    /// grace period keep their leases.
    private func renewLoop(_ book: LeaseBook) async throws {
        while !Task.isCancelled {
            try? await Task.sleep(for: renewEvery)
            let held = await book.all
            guard !held.isEmpty else { continue }
            do {
                let lost = try await queue.renew(held)
                for id in lost { logger.warning("lease on job \(id) was lost: another worker may run it too") }
            } catch {
                // Renewal is retried on the next tick; a lease outlives a few missed ticks (60 s vs 15 s).
                logger.error("could not renew leases: \(error)")
            }
        }
    }

    private func runJob(_ lease: Lease, _ book: LeaseBook) async {
        var logger = logger
        logger[metadataKey: "job"] = "\(lease.job.id)"
        logger[metadataKey: "source"] = "\(lease.job.source ?? "-")"
        logger[metadataKey: "agency"] = "\(lease.job.agency ?? lease.job.payload["only_agency"] ?? "shared")"
        do {
            let done = try await handle(lease.job)
            // Past the grace period the lease was handed back already: another worker owns the job now.
            guard !Task.isCancelled else { return }
            await book.remove(lease)
            try await Self.persistently { _ = try await queue.complete([lease]) }
            let ending: JobTally.Ending = done.failedPages > 0 ? .partial : .succeeded
            await tally.record(ending)
            PipelineMetrics.jobFinished(kind: lease.job.kind.rawValue, outcome: "\(ending)")
            if let run = done.run { logger[metadataKey: "run"] = "\(run)" }
            if let warning = done.warning { logger.warning("\(warning)") }
            logger.info("done: \(done.summary)")
        } catch is CancellationError {
            logger.warning("cancelled at shutdown; released to the queue")
        } catch {
            await book.remove(lease)
            let failure = error as? CrawlJobHandler.JobFailure
            let retryable = failure?.retryable ?? true
            if let failure {
                if let run = failure.run { logger[metadataKey: "run"] = "\(run)" }
                if let url = failure.url { logger[metadataKey: "url"] = "\(url)" }
            }
            var outcome: FailOutcome?
            try? await Self.persistently {
                outcome = try await queue.fail(lease, error: "\(error)", retryable: retryable)
            }
            await tally.record(.failed)
            PipelineMetrics.jobFinished(kind: lease.job.kind.rawValue, outcome: "failed")
            switch outcome {
            case .retry(let at): logger.error("failed (attempt \(lease.job.attempt + 1)), retry at \(at): \(error)")
            case .dead: logger.error("failed for good, dead-lettered: \(error)")
            case nil: logger.error("failed, and the failure could not be recorded (the lease will expire): \(error)")
            }
        }
    }
}

extension JobWorker {
    /// Retries a queue call through a short Redis outage (a restart), for up to about half a default lease: the
    /// outcome of finished work is worth waiting for, and if it never gets through the lease expires and the job runs
    /// again (handlers are idempotent).
    static func persistently(_ body: () async throws -> Void) async throws {
        var delay = Duration.milliseconds(200)
        for attempt in 1... {
            do {
                return try await body()
            } catch {
                if attempt >= 12 { throw error }
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }
}

/// A run of failed queue calls, logged once when it starts and once when it ends, with a growing pause between
/// attempts.
struct QueueOutage {
    private var failures = 0

    mutating func began(_ error: any Error, _ logger: Logger) -> Duration {
        if failures == 0 { logger.error("the queue is unreachable, retrying: \(error)") }
        failures += 1
        return .milliseconds(min(200 * (1 << min(failures, 5)), 5_000))
    }

    mutating func ended(_ logger: Logger) {
        if failures > 0 { logger.notice("the queue answers again after \(failures) failed attempt(s)") }
        failures = 0
    }
}

/// The leases a worker holds right now.
actor LeaseBook {
    private var leases: [String: Lease] = [:]

    var count: Int { leases.count }
    var all: [Lease] { Array(leases.values) }

    func add(_ lease: Lease) { leases[lease.job.id] = lease }
    func remove(_ lease: Lease) { leases[lease.job.id] = nil }
}

/// Set once, by a signal or by the loop itself.
actor StopSignal {
    private(set) var isSet = false
    func set() { isSet = true }
}

/// How the jobs of this process ended, for the exit status of `work --until-idle`: a failed job (thrown, or a run
/// that failed, whether or not a retry later succeeded) is a failure; a partial run (some pages failed, the rest
/// stored) is not, its failed pages are in the run record for `replay --failed`.
actor JobTally {
    enum Ending { case succeeded, partial, failed }

    private(set) var succeeded = 0
    private(set) var partial = 0
    private(set) var failed = 0

    func record(_ ending: Ending) {
        switch ending {
        case .succeeded: succeeded += 1
        case .partial: partial += 1
        case .failed: failed += 1
        }
    }
}
