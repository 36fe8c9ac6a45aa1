import ArgumentParser
import Foundation
import IngestConfig
import JobQueue
import Matcher
import Parse
import PostgresClient
import RedisClient
import Store

/// `connect-ingest match`: recomputes match scores, here (in parallel batches) or through the queue.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Recompute organization–program match scores (all, or only what changed since the last run).")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Rank every organization against every open program.")
    var full = false

    @Flag(help: "Only what changed since the last run (the default); a first run is full.")
    var changed = false

    @Option(name: .customLong("org"), parsing: .upToNextOption, help: "Only these organizations (ids, refs or names).")
    var organizations: [String] = []

    @Option(help: "Score as of this instant (ISO 8601, e.g. 2026-03-02T09:00:00+09:00) instead of now.")
    var asOf: String?

    @Option(help: "Batches ranked at once (default: the number of cores).")
    var concurrency: Int?

    @Flag(help: "Hand the run to the workers: a changed run as one job; a full run as one job per batch.")
    var enqueue = false

    @Option(help: "text or json.")
    var format: Format = .text

    func validate() throws {
        if full, changed { throw ValidationError("--full and --changed exclude each other") }
        if let asOf, KoreaInstant.parse(asOf) == nil {
            throw ValidationError("--as-of: '\(asOf)' is not an ISO 8601 instant")
        }
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if enqueue, !organizations.isEmpty {
            throw ValidationError("--enqueue runs for every organization; drop --org")
        }
    }

    func run() async throws {
        let settings = try options.loadSettings()
        try await TimerRunMetrics.recording("match", settings) { try await execute(settings) }
    }

    private func execute(_ settings: IngestSettings) async throws {
        var matchOptions = MatchOptions(
            settings, mode: full ? .full : .changed, trigger: .manual, asOf: asOf.flatMap(KoreaInstant.parse) ?? Date(),
            concurrency: concurrency)
        let database = try await Services.postgres(settings)
        try await MigrationRunner(connection: database).migrate()
        if !organizations.isEmpty {
            let listing = MatchListing(database: database)
            var ids: [Int64] = []
            for key in organizations {
                do {
                    ids.append(try await listing.organization(key).id)
                } catch {
                    Terminal.error("error: \(error)")
                    await database.close()
                    throw ExitCode(ExitStatus.dataError)
                }
            }
            matchOptions.organizationIDs = ids
        }
        await database.close()
        if enqueue {
            try await Self.enqueue(matchOptions, settings)
            return
        }
        // A full run takes minutes on a real set: a bar on a terminal, periodic lines in a log (standard error).
        let progress = full ? ProgressReporter.forSession(label: "match --full", unit: "organizations") : nil
        if let progress { matchOptions.progress = { done, total in progress.update(done: done, total: total) } }
        let summary: MatchRunSummary
        do {
            summary = try await Services.recomputeMatches(settings, matchOptions)
            progress?.finish()
        } catch let error as MatcherError {
            progress?.finish()
            Terminal.error("error: \(error)")
            if case .runInProgress = error { throw ExitCode(ExitStatus.temporaryFailure) }
            throw ExitCode(ExitStatus.dataError)
        }
        Terminal.line(format == .json ? Self.json(summary) : Self.text(summary))
    }

    /// A changed run as one coalesced job (one waits while one runs); a full run opened here and cut into one
    /// job per batch, which workers on every host share.
    static func enqueue(_ options: MatchOptions, _ settings: IngestSettings) async throws {
        let redis = try await Services.redis(settings)
        let queue = JobQueue(connection: redis)
        if options.mode == .changed {
            let outcome = try await queue.enqueue(MatchJobHandler.changedJob(), coalesceKey: MatchJobHandler.changedKey)
            Terminal.line("match (changed): \(outcome)")
        } else {
            let batches = try await MatchRecompute(databaseURL: settings.databaseURL).startShared(options)
            try await queue.enqueue(batch: batches.map(MatchJobHandler.batchJob))
            Terminal.line(
                "match run \(batches.first?.runID.description ?? "-") (full): \(batches.count) batch job(s) enqueued")
        }
        await redis.close()
    }

    static func text(_ summary: MatchRunSummary) -> String {
        """
        match run \(summary.runID) (\(summary.mode.rawValue), as of \(KoreaInstant.format(summary.asOf))): \
        \(summary.organizations) organizations × \(summary.programs) open programs, \
        \(summary.programsChanged) programs changed
          ranked \(summary.organizationsRanked) organizations, \(summary.organizationsUpdated) lists changed; \
        \(summary.pairsScored) pairs scored; \(summary.matchesWritten) matches written, \
        \(summary.matchesRemoved) removed; \(summary.batches) batches
          \(String(format: "load %.2f s, rank %.2f s, write %.2f s, total %.2f s", summary.loadSeconds, summary.rankSeconds, summary.writeSeconds, summary.totalSeconds))\
        \(summary.cacheFailure.map { "\n  warning: cache keys not invalidated: \($0)" } ?? "")
        """
    }

    /// The summary on one line, for logs.
    static func line(_ summary: MatchRunSummary) -> String {
        "match run \(summary.runID) (\(summary.mode.rawValue)): \(summary.organizations) organizations, "
            + "\(summary.programs) open programs, \(summary.programsChanged) changed; "
            + "\(summary.organizationsRanked) ranked, \(summary.organizationsUpdated) lists changed, "
            + "\(summary.matchesWritten) written, \(summary.matchesRemoved) removed"
            + String(format: " in %.2f s", summary.totalSeconds)
    }

    static func json(_ summary: MatchRunSummary) -> String {
        let object: [String: Any] = [
            "run": summary.runID, "mode": summary.mode.rawValue, "as_of": KoreaInstant.format(summary.asOf),
            "organizations": summary.organizations, "programs": summary.programs,
            "programs_changed": summary.programsChanged, "organizations_ranked": summary.organizationsRanked,
            "organizations_updated": summary.organizationsUpdated, "pairs_scored": summary.pairsScored,
            "matches_written": summary.matchesWritten, "matches_removed": summary.matchesRemoved,
            "batches": summary.batches, "seconds": summary.totalSeconds,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Instants as operators type and read them: ISO 8601, shown in Korea time.
enum KoreaInstant {
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    static func format(_ date: Date) -> String {
        KoreaTime.iso8601(date)
    }
}
