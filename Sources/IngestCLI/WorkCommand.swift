import ArgumentParser
import CurlTransport
import Fetch
import Foundation
import IngestConfig
import IngestMetrics
import JobQueue
import Logging
import Parse
import RedisClient
import ServiceLifecycle
import Store

/// `connect-ingest work`: the long-running worker (or, with `--until-idle`, one that drains the queue and exits).
struct WorkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "work",
        abstract: "Take jobs from the queue and run them (crawl, parse, store) until stopped or idle.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Jobs in flight at once.")
    var concurrency = 2

    @Option(
        help: "Only this agency's jobs: its own sources, and IRIS/NTIS crawls scheduled for it (schedule --agency).")
    var agency: String?

    @Flag(help: "Exit when nothing is ready, leased or delayed: 0 if no job failed, 1 otherwise.")
    var untilIdle = false

    @Option(help: "Send requests to the agency simulator on this loopback port instead of the real sites.")
    var simulator: Int?

    @Option(help: "Requests per rate window for every host, overriding the agency files (demos and tests).")
    var requestsPerMinute: Int?

    @Option(help: "Re-fetch open programs' detail pages last seen longer ago than this (e.g. 24h, 0s).")
    var recheckAfter: String?

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        if let agency, Agency(rawValue: agency.uppercased()) == nil {
            let known = Agency.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--agency: '\(agency)' is not an agency (\(known))")
        }
        if let recheckAfter, Self.age(recheckAfter) == nil {
            throw ValidationError("--recheck-after: '\(recheckAfter)' is not a duration (e.g. 24h, 30m, 0s)")
        }
    }

    func run() async throws {
        Self.unblockStopSignals()
        let settings = try options.loadSettings()
        IngestMetrics.bootstrap()
        let configs = try AgencyFilesLoader.load(settings.agenciesDirectory)
        let database = try await Services.postgres(settings)
        try await MigrationRunner(connection: database).migrate()
        try await SourceCatalog(connection: database).sync(SourceCatalog.entries(configs))
        await database.close()
        let redis = try await Services.redis(settings)
        let limiterRedis = try await Services.redis(settings)
        var policy = QueuePolicy()
        policy.lease = settings.duration(.leaseDuration)
        policy.backoffBase = settings.duration(.jobBackoffBase)
        let queue = JobQueue(connection: redis, policy: policy)
        let fetcher = Services.fetcher(
            settings, configs, limiter: limiterRedis, requestsPerMinute: requestsPerMinute, simulator: simulator)
        let handler = CrawlJobHandler(
            settings: settings, configs: configs, fetcher: fetcher,
            recheckAge: recheckAfter.flatMap(Self.age) ?? settings.duration(.recheckOpenAfter))
        let matcher = MatchJobHandler(settings: settings, queue: queue)
        var logger = Logger(label: "connect-ingest.work")
        logger[metadataKey: "worker"] = "\(WorkerIdentity.current.description)"
        let handlerLogger = logger
        let tally = JobTally()
        let worker = JobWorker(
            queue: queue, identity: .current, concurrency: concurrency, agency: agency?.uppercased(),
            renewEvery: settings.duration(.leaseRenewInterval),
            grace: settings.duration(.shutdownGrace), untilIdle: untilIdle, pollInterval: .milliseconds(250),
            logger: logger,
            handle: { job in
                if job.kind == .matchBatch { return try await matcher.handle(job) }
                let done = try await handler.handle(job)
                // Scores follow the programs: one changed match run waits behind any running one. The crawl's work is
                // stored by now, so a Redis outage here does not fail it: the programs stay pending in the database
                // for the next changed run.
                if done.programsChanged > 0 {
                    do {
                        try await JobWorker.persistently {
                            _ = try await queue.enqueue(
                                MatchJobHandler.changedJob(), coalesceKey: MatchJobHandler.changedKey)
                        }
                    } catch {
                        handlerLogger.warning(
                            "could not queue the changed match run: \(error); its programs stay pending")
                    }
                }
                return done
            }, tally: tally)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: try Self.metricsEndpoint(settings, logger)
                    + [.init(service: worker, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        await redis.close()
        await limiterRedis.close()
        let failed = await tally.failed
        let done = await tally.succeeded + tally.partial
        Terminal.line("work: \(done) job(s) done (\(await tally.partial) with failed pages), \(failed) failed")
        if untilIdle, failed > 0 { throw ExitCode(ExitStatus.failure) }
    }

    /// `/metrics` beside the worker (`metrics.listen`), first in the group so that it is stopped last and answers
    /// while jobs drain; none when the setting is `off`.
    static func metricsEndpoint(_ settings: IngestSettings, _ logger: Logger) throws
        -> [ServiceGroupConfiguration.ServiceConfiguration]
    {
        let address: ListenAddress?
        do {
            address = try MetricsSettings.listenAddress(settings)
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.configuration)
        }
        guard let address else { return [] }
        let endpoint = MetricsEndpoint(address: address, state: PipelineStateReader(settings: settings), logger: logger)
        return [.init(service: endpoint, successTerminationBehavior: .ignore)]
    }

    /// A duration, where zero (`0`, `0s`) is allowed: re-check every open program's detail on every run.
    static func age(_ text: String) -> Duration? {
        let digits = text.trimmingCharacters(in: .whitespaces).drop { $0 == "0" }
        if ["", "s", "ms", "m", "h", "d"].contains(String(digits)),
            text.trimmingCharacters(in: .whitespaces).first == "0"
        {
            return .zero
        }
        return DurationText.parse(text)
    }

    /// A process started by another with SIGTERM blocked (test runners, some supervisors) inherits that mask, and
    /// would never hear systemd's stop: the worker makes sure it can.
    static func unblockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
