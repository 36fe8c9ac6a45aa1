import Foundation
import IngestConfig
import JobQueue
import Matcher

/// Runs `match_batch` jobs: a changed run (enqueued by a worker after a crawl stored new or changed programs, or by
/// `match --enqueue`), or one batch of a full run shared out across workers.
struct MatchJobHandler: Sendable {
    let settings: IngestSettings
    /// Where a changed run that found another run in progress puts itself back, a little later.
    let queue: JobQueue
    let catalogs = MatchCatalogCache()

    /// How long a changed run waits before trying again behind another run.
    static let retryBehindRun: TimeInterval = 30

    /// At most one changed run waits while one runs: changes stored during a run are taken by the waiting one.
    static let changedKey = "match:changed"

    static func changedJob() -> Job {
        // The timer trigger makes the job wait behind a running one instead of joining it (see `JobQueue.enqueue`):
        // the running one has already taken its programs.
        Job(kind: .matchBatch, payload: ["mode": "changed"], trigger: .timer)
    }

    static func batchJob(_ batch: MatchRecompute.SharedBatch) -> Job {
        Job(
            kind: .matchBatch,
            payload: [
                "mode": "batch", "run": "\(batch.runID)", "batch": "\(batch.index)",
                "from": "\(batch.ids.lowerBound)", "to": "\(batch.ids.upperBound)",
            ], runID: batch.runID)
    }

    func handle(_ job: Job) async throws -> CrawlJobHandler.Done {
        let cache = await Services.cacheRedis(settings)
        do {
            let done = try await handle(job, cache: cache.map(MatchCacheInvalidator.init))
            await cache?.close()
            return done
        } catch {
            await cache?.close()
            throw error
        }
    }

    private func handle(_ job: Job, cache: MatchCacheInvalidator?) async throws -> CrawlJobHandler.Done {
        let recompute = MatchRecompute(databaseURL: settings.databaseURL, cache: cache)
        switch job.payload["mode"] {
        case "changed":
            do {
                let summary = try await recompute.run(MatchOptions(settings, mode: .changed, trigger: .worker))
                return CrawlJobHandler.Done(summary: MatchCommand.line(summary), failedPages: 0)
            } catch MatcherError.runInProgress(let other) {
                // Another run (a shared full run, an operator's) holds the lists: this one waits its turn, as a
                // job, instead of using up its attempts.
                try await queue.enqueue(
                    Self.changedJob(), coalesceKey: Self.changedKey,
                    notBefore: Date().addingTimeInterval(Self.retryBehindRun))
                return CrawlJobHandler.Done(
                    summary: "match run \(other) is running: the changed run is queued again behind it", failedPages: 0)
            }
        case "batch":
            guard let run = job.payload["run"].flatMap(Int64.init), let index = job.payload["batch"].flatMap(Int.init),
                let from = job.payload["from"].flatMap(Int64.init), let to = job.payload["to"].flatMap(Int64.init),
                from <= to
            else {
                throw CrawlJobHandler.JobFailure(
                    description: "job \(job.id): match batch payload \(job.payload) is incomplete", retryable: false)
            }
            let last = try await recompute.runSharedBatch(
                .init(runID: run, index: index, ids: from...to), catalogs: catalogs)
            return CrawlJobHandler.Done(
                summary: "match run \(run) batch \(index) (organizations \(from)–\(to))\(last ? ", run finished" : "")",
                failedPages: 0)
        default:
            throw CrawlJobHandler.JobFailure(
                description: "job \(job.id): unknown match mode \(job.payload["mode"] ?? "(none)")", retryable: false)
        }
    }
}
