import Foundation
import IngestConfig
import JobQueue
import PostgresClient
import RedisClient

/// Reads the queue (Redis) and the agencies' last successful runs (PostgreSQL) into the state gauges, right before
/// they are rendered: the figures are the services', so they are right whichever worker is scraped and survive a
/// restart. A service that does not answer leaves its gauges at their last values and counts a read failure; it
/// never fails the scrape.
public struct PipelineStateReader: Sendable {
    let databaseURL: String
    let queueURL: String
    let queueNamespace: String
    /// Connect and command timeout of each read, short so a scrape (Prometheus's timeout is 10 s) still answers.
    let timeout: Duration

    public init(
        databaseURL: String, queueURL: String, queueNamespace: String = "connect-ingest:queue",
        timeout: Duration = .seconds(3)
    ) {
        self.databaseURL = databaseURL
        self.queueURL = queueURL
        self.queueNamespace = queueNamespace
        self.timeout = timeout
    }

    public init(settings: IngestSettings) {
        self.init(databaseURL: settings.databaseURL, queueURL: settings.redisQueueURL)
    }

    /// Refreshes every state gauge it can.
    public func refresh() async {
        async let queue: Void = refreshQueue()
        async let runs: Void = refreshLastSuccesses()
        _ = await (queue, runs)
    }

    func refreshQueue() async {
        do {
            let redis = try await RedisConnection.connect(
                url: queueURL, connectTimeout: timeout, commandTimeout: timeout)
            let queue = JobQueue(connection: redis, namespace: queueNamespace)
            let read = await Result { (try await queue.counts(), try await queue.oldestWaitingAge()) }
            await redis.close()
            let (counts, oldest) = try read.get()
            StateGauges.queue(counts, oldestWaiting: oldest)
        } catch {
            StateGauges.readFailed(service: "redis")
        }
    }

    func refreshLastSuccesses() async {
        do {
            let database = try await PostgresConnection.connect(
                to: databaseURL, connectTimeout: timeout, applicationName: "connect-ingest metrics")
            let read = await Result { try await database.query(Self.lastSuccessQuery) }
            await database.close()
            for row in try read.get() {
                StateGauges.lastSuccess(
                    agency: try row.decode(String.self, "agency"), at: try row.decode(Double?.self, "at") ?? 0)
            }
        } catch {
            StateGauges.readFailed(service: "postgres")
        }
    }

    /// Each enabled agency's own sources, and each shared hub (IRIS, NTIS: the prefix of its sources' codes); ok
    /// and partial runs count as successes, as `SourceRunFigures` does.
    static let lastSuccessQuery: PostgresQuery = """
        SELECT a.code AS agency, extract(epoch FROM max(r.finished_at))::float8 AS at
        FROM agencies a
        LEFT JOIN scrape_runs r ON r.agency_code = a.code AND r.outcome IN ('ok', 'partial')
        WHERE a.enabled
        GROUP BY a.code
        UNION ALL
        SELECT upper(split_part(s.code, '.', 1)) AS agency, extract(epoch FROM max(r.finished_at))::float8 AS at
        FROM sources s
        LEFT JOIN scrape_runs r ON r.source_code = s.code AND r.outcome IN ('ok', 'partial')
        WHERE s.is_shared AND s.enabled
        GROUP BY 1
        """
}

extension Result where Failure == any Error {
    /// The outcome of an async throwing body, so a connection can be closed whatever it was.
    fileprivate init(_ body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
