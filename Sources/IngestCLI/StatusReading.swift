import Foundation
import IngestConfig
import JobQueue
import PostgresClient
import RedisClient

/// Reads each section of `status` from its service, turning a service that does not answer into a problem that
/// names it instead of an exit before anything is printed.
enum StatusReading {
    /// The queue's counts, oldest waiting age and leases; nil with a problem when the queue Redis fails.
    static func queue(_ settings: IngestSettings, namespace: String) async -> (QueueStatus?, ServiceProblem?) {
        let target = Redaction.maskURL(settings.redisQueueURL)
        let connection: RedisConnection
        do {
            connection = try await RedisConnection.connect(
                url: settings.redisQueueURL, connectTimeout: settings.duration(.connectTimeout),
                commandTimeout: settings.duration(.commandTimeout))
        } catch {
            return (nil, ServiceProblem(service: "redis queue", target: target, error: "\(error)", unreachable: true))
        }
        let queue = JobQueue(connection: connection, namespace: namespace)
        let read = await queueStatus(queue, target: target)
        await connection.close()
        return read
    }

    private static func queueStatus(_ queue: JobQueue, target: String) async -> (QueueStatus?, ServiceProblem?) {
        do {
            let counts = try await queue.counts()
            let oldest = try await queue.oldestWaitingAge()
            let now = Date()
            let leases = try await queue.leases().map { info in
                LeaseStatus(
                    job: info.job.id, kind: info.job.kind.rawValue,
                    agency: info.job.agency ?? info.job.payload["only_agency"], source: info.job.source,
                    attempt: info.job.attempt, worker: info.worker.description, expiresAt: info.expiresAt,
                    expired: info.expiresAt < now)
            }
            let status = QueueStatus(
                target: target, ready: counts.ready, coalesced: counts.coalesced, delayed: counts.delayed,
                leased: counts.leased, dead: counts.dead, done: counts.done,
                oldestWaitingSeconds: oldest?.seconds,
                leases: leases)
            return (status, nil)
        } catch let error as QueueError {
            let problem = ServiceProblem(
                service: "redis queue", target: target, error: "\(error)", unreachable: error.code == .redis)
            return (nil, problem)
        } catch {
            return (nil, ServiceProblem(service: "redis queue", target: target, error: "\(error)", unreachable: false))
        }
    }

    /// The runs' sections from PostgreSQL; the report's `sources` stays nil with a problem when it fails.
    static func runs(_ settings: IngestSettings, into report: inout StatusReport) async {
        let target = Redaction.maskURL(settings.databaseURL)
        let database: PostgresConnection
        do {
            database = try await PostgresConnection.connect(
                to: settings.databaseURL, connectTimeout: settings.duration(.connectTimeout))
        } catch {
            report.problems.append(
                ServiceProblem(service: "postgres", target: target, error: "\(error)", unreachable: true))
            return
        }
        do {
            report.sources = try await sourceRuns(database)
            report.lastMatchRun = try await lastMatchRun(database)
            report.programsWaitingForMatcher = try await database.query(
                "SELECT count(*)::int AS n FROM match_pending_programs WHERE run_id IS NULL")[0].decode(Int.self, "n")
        } catch let error as PostgresError {
            let lost = error.code == .connectionLost || error.code == .connectionFailed
            let hint = error.sqlState == "42P01" ? " (is the database migrated? `connect-ingest migrate`)" : ""
            report.problems.append(
                ServiceProblem(service: "postgres", target: target, error: "\(error)\(hint)", unreachable: lost))
        } catch {
            report.problems.append(
                ServiceProblem(service: "postgres", target: target, error: "\(error)", unreachable: false))
        }
        await database.close()
    }

    /// Every list source of the catalog (and any other source that ran), with its latest run, by agency.
    static func sourceRuns(_ database: PostgresConnection) async throws -> [SourceRunStatus] {
        let rows = try await database.query(
            """
            SELECT * FROM (
                SELECT s.code AS source, coalesce(r.agency_code, s.agency_code, 'shared') AS agency, s.enabled,
                    r.id, r.trigger, r.job_id, r.started_at, r.finished_at,
                    EXTRACT(EPOCH FROM r.finished_at - r.started_at)::float8 AS seconds, r.outcome, r.reason,
                    r.pages_fetched, r.pages_not_modified, r.pages_failed, r.items_parsed, r.programs_new,
                    r.programs_changed, r.programs_unchanged
                FROM sources s
                LEFT JOIN LATERAL (
                    SELECT * FROM scrape_runs WHERE source_code = s.code ORDER BY started_at DESC, id DESC LIMIT 1
                ) r ON true
                WHERE s.kind LIKE '%list' OR r.id IS NOT NULL
            ) latest ORDER BY agency = 'shared', agency, source
            """)
        return try rows.map { row in
            var status = SourceRunStatus(
                agency: try row.decode(String.self, "agency"), source: try row.decode(String.self, "source"),
                enabled: try row.decode(Bool.self, "enabled"), run: try row.decode(Int64?.self, "id"),
                trigger: try row.decode(String?.self, "trigger"), job: try row.decode(String?.self, "job_id"),
                startedAt: try row.decode(Date?.self, "started_at"),
                finishedAt: try row.decode(Date?.self, "finished_at"),
                seconds: try row.decode(Double?.self, "seconds"),
                outcome: try row.decode(String?.self, "outcome") ?? "never",
                reason: try row.decode(String?.self, "reason"))
            guard status.run != nil else { return status }
            status.pagesFetched = try row.decode(Int.self, "pages_fetched")
            status.pagesNotModified = try row.decode(Int.self, "pages_not_modified")
            status.pagesFailed = try row.decode(Int.self, "pages_failed")
            status.itemsParsed = try row.decode(Int.self, "items_parsed")
            status.programsNew = try row.decode(Int.self, "programs_new")
            status.programsChanged = try row.decode(Int.self, "programs_changed")
            status.programsUnchanged = try row.decode(Int.self, "programs_unchanged")
            return status
        }
    }

    static func lastMatchRun(_ database: PostgresConnection) async throws -> MatchRunStatus? {
        let rows = try await database.query(
            """
            SELECT id, mode, trigger, as_of, started_at, finished_at,
                EXTRACT(EPOCH FROM finished_at - started_at)::float8 AS seconds, outcome, error, organizations,
                programs, programs_changed, organizations_ranked, organizations_updated, pairs_scored,
                matches_written, matches_removed, batches, batches_done
            FROM match_runs ORDER BY id DESC LIMIT 1
            """)
        guard let row = rows.first else { return nil }
        return MatchRunStatus(
            run: try row.decode(Int64.self, "id"), mode: try row.decode(String.self, "mode"),
            trigger: try row.decode(String.self, "trigger"), asOf: try row.decode(Date.self, "as_of"),
            startedAt: try row.decode(Date.self, "started_at"), finishedAt: try row.decode(Date?.self, "finished_at"),
            seconds: try row.decode(Double?.self, "seconds"), outcome: try row.decode(String.self, "outcome"),
            error: try row.decode(String?.self, "error"), organizations: try row.decode(Int.self, "organizations"),
            programs: try row.decode(Int.self, "programs"),
            programsChanged: try row.decode(Int.self, "programs_changed"),
            organizationsRanked: try row.decode(Int.self, "organizations_ranked"),
            organizationsUpdated: try row.decode(Int.self, "organizations_updated"),
            pairsScored: try row.decode(Int64.self, "pairs_scored"),
            matchesWritten: try row.decode(Int64.self, "matches_written"),
            matchesRemoved: try row.decode(Int64.self, "matches_removed"), batches: try row.decode(Int.self, "batches"),
            batchesDone: try row.decode(Int.self, "batches_done"))
    }
}
