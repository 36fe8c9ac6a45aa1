import Foundation
import IngestConfig
import Matcher

extension MatchOptions {
    /// A run with the list sizes and batch size of the settings (`match.top_k`, `match.minimum_score`,
    /// `match.batch_size`): what every command and job that starts a run uses.
    init(
        _ settings: IngestSettings, mode: MatchMode, trigger: MatchTrigger, asOf: Date = Date(), concurrency: Int? = nil
    ) {
        self.init(
            mode: mode, asOf: asOf, topK: settings.integer(.matchTopK),
            minimumScore: settings.integer(.matchMinimumScore), batchSize: settings.integer(.matchBatchSize),
            concurrency: concurrency ?? ProcessInfo.processInfo.activeProcessorCount, trigger: trigger)
    }
}

extension Services {
    /// Runs `options` in this process, invalidating the changed lists' cache keys when the cache Redis answers; the
    /// cache connection is closed whether the run succeeds or throws.
    static func recomputeMatches(_ settings: IngestSettings, _ options: MatchOptions) async throws -> MatchRunSummary {
        let cache = await cacheRedis(settings)
        do {
            let summary = try await MatchRecompute(
                databaseURL: settings.databaseURL, cache: cache.map(MatchCacheInvalidator.init)
            ).run(options)
            await cache?.close()
            return summary
        } catch {
            await cache?.close()
            throw error
        }
    }
}
