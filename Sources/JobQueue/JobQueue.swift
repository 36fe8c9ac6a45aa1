import Foundation
import RedisClient

/// The Redis job queue between the scheduler and the workers: jobs are ready, delayed, leased, done or dead, and
/// every move between those states is one Lua script, so the queue stays consistent whichever process dies when.
///
/// Delivery is at least once. A worker holds a job through a lease it renews; a worker killed mid-job stops
/// renewing, its lease expires, and the job is delivered again. An expired lease counts as an attempt (a job that
/// kills its workers must not do so forever): a job whose leases keep expiring is dead-lettered with the error
/// `lease expired` once it has used `policy.maxAttempts`. A release (graceful shutdown) does not count.
///
/// Times (due times, lease expiries, enqueue times) come from the Redis server's clock, so hosts whose clocks
/// disagree still agree on when a lease runs out.
public struct JobQueue: Sendable {
    public let connection: RedisConnection
    /// The key prefix of every key the queue uses; tests and benchmarks use their own.
    public let namespace: String
    public let policy: QueuePolicy
    let keys: QueueKeys

    public init(
        connection: RedisConnection, namespace: String = "connect-ingest:queue", policy: QueuePolicy = QueuePolicy()
    ) {
        self.connection = connection
        self.namespace = namespace
        self.policy = policy
        self.keys = QueueKeys(namespace: namespace)
    }

    /// Queues `job`, unless its dedupe key was used within `policy.dedupeFor` or a job with its coalesce key
    /// already stands for it.
    ///
    /// - Parameters:
    ///   - dedupeKey: names the request (e.g. `crawl:iris.list:2026-11-23T09:00+09:00`); a second enqueue with it
    ///     reports `.duplicate` with the first one's job. Enqueuing a job id that is already queued is a duplicate too.
    ///   - coalesceKey: names the work (e.g. `crawl:keit.itech.list`): at most one such job is leased and one waits.
    ///     A waiting one is joined; an active one is joined only by a `.manual` trigger (an operator's run during a
    ///     timer's run is the same crawl), while a timer's job waits for the active one to finish.
    ///   - notBefore: the job is delayed until then. The wait is measured on this host's clock and applied on the
    ///     server's, so a host with a skewed clock still delays by what it meant.
    @discardableResult
    public func enqueue(
        _ job: Job, dedupeKey: String? = nil, coalesceKey: String? = nil, notBefore: Date? = nil
    ) async throws -> EnqueueOutcome {
        if let coalesceKey, coalesceKey.isEmpty {
            throw error(.invalidArgument, "enqueue", jobID: job.id, "the coalesce key is empty")
        }
        let body = QueueCoding.encode(job)
        let delay = notBefore.map { max(0, QueueCoding.microseconds($0) - QueueCoding.microseconds(Date())) } ?? 0
        let reply = try await run(
            QueueScripts.enqueue, "enqueue", jobID: job.id, key: dedupeKey ?? coalesceKey,
            extraKeys: dedupeKey.map { [RedisArgument(keys.dedupe($0))] } ?? [],
            arguments: [
                .init(job.id), .init(bytes: body), .init(coalesceKey ?? ""), .init(job.trigger.rawValue),
                .init(delay), .init(max(1, QueuePolicy.microseconds(policy.dedupeFor) / 1000)),
                .init(job.agency ?? ""),
            ])
        var reader = try ReplyReader(reply, failure: malformed("enqueue", jobID: job.id))
        let outcome = try reader.string()
        let id = try reader.string()
        switch outcome {
        case "enqueued": return .enqueued(id: id)
        case "duplicate": return .duplicate(id: id)
        case "joined": return .joined(id: id)
        default: throw malformed("enqueue", jobID: job.id)("unknown outcome '\(outcome)'")
        }
    }

    /// Queues many jobs, in order, a thousand per script, for throughput (no dedupe, coalescing or delay). Each
    /// thousand is atomic; a larger batch is split so no single script holds Redis up for long.
    /// - Returns: the ids that were already queued; those jobs are left as they were, the others are queued.
    @discardableResult
    public func enqueue(batch: [Job]) async throws -> [String] {
        var skipped: [String] = []
        for start in stride(from: 0, to: batch.count, by: QueueScripts.sweepLimit) {
            let chunk = batch[start..<min(start + QueueScripts.sweepLimit, batch.count)]
            var arguments: [RedisArgument] = []
            arguments.reserveCapacity(chunk.count * 3)
            for job in chunk {
                arguments.append(.init(job.id))
                arguments.append(.init(bytes: QueueCoding.encode(job)))
                arguments.append(.init(job.agency ?? ""))
            }
            let reply = try await run(QueueScripts.enqueueBatch, "enqueue batch", arguments: arguments)
            skipped += try strings(reply, operation: "enqueue batch")
        }
        return skipped
    }

    /// Deletes every key of the namespace (queued, leased and dead jobs, counters, dedupe keys): for tests,
    /// benchmarks and a deliberate reset, never part of normal operation.
    public func deleteNamespace() async throws {
        do {
            var cursor = "0"
            repeat {
                let reply = try await connection.send([
                    "SCAN", .init(cursor), "MATCH", .init(keys.everyKeyPattern), "COUNT", "1000",
                ])
                let parts = reply.array ?? []
                cursor = parts.first?.string ?? "0"
                let found = parts.count > 1 ? (parts[1].array ?? []).compactMap(\.bytes) : []
                if !found.isEmpty { _ = try await connection.send(["UNLINK"] + found.map { RedisArgument(bytes: $0) }) }
            } while cursor != "0"
        } catch let failure as RedisError {
            throw error(.redis, "delete namespace", "Redis failed", underlying: failure)
        }
    }

    // MARK: Shared plumbing

    /// Runs a script with the fixed keys (plus `extraKeys`), turning a Redis failure into a `QueueError`.
    func run(
        _ script: RedisScript, _ operation: String, jobID: String? = nil, key: String? = nil,
        extraKeys: [RedisArgument] = [], arguments: [RedisArgument] = []
    ) async throws -> RedisReply {
        do {
            return try await connection.evaluate(script, keys: keys.fixed + extraKeys, arguments: arguments)
        } catch let failure as RedisError {
            throw error(.redis, operation, jobID: jobID, key: key, "Redis failed", underlying: failure)
        }
    }

    func error(
        _ code: QueueError.Code, _ operation: String, jobID: String? = nil, key: String? = nil, _ message: String,
        underlying: RedisError? = nil
    ) -> QueueError {
        QueueError(
            code: code, operation: operation, namespace: namespace, jobID: jobID, key: key, message: message,
            underlying: underlying)
    }

    /// A failure builder for `ReplyReader`: a reply in an unknown shape, naming the operation.
    func malformed(_ operation: String, jobID: String? = nil) -> (String) -> QueueError {
        let namespace = namespace
        return { message in
            QueueError(
                code: .malformedReply, operation: operation, namespace: namespace, jobID: jobID, message: message)
        }
    }

    func decoded(
        _ bytes: [UInt8], attempt: Int64, id: String, operation: String, decoder: JSONDecoder
    ) throws -> Job {
        do {
            return try QueueCoding.decode(bytes, attempt: Int(attempt), decoder: decoder)
        } catch {
            throw self.error(.malformedJob, operation, jobID: id, "the stored job cannot be decoded: \(error)")
        }
    }

    /// A script's reply that is a list of ids.
    func strings(_ reply: RedisReply, operation: String) throws -> [String] {
        var reader = try ReplyReader(reply, failure: malformed(operation))
        var ids: [String] = []
        while !reader.isAtEnd { ids.append(try reader.string()) }
        return ids
    }
}
