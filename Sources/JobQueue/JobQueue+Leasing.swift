import Foundation
import RedisClient

extension JobQueue {
    /// Leases up to `limit` ready jobs to `worker`, oldest first, in one script. Due retries and expired leases are
    /// moved first; a job whose coalesce key already has an active job is held back until that one finishes.
    /// - Returns: the leases, possibly none; each lasts `policy.lease` unless renewed.
    public func lease(_ worker: WorkerIdentity, limit: Int = 1) async throws -> [Lease] {
        try await lease(worker, limit: limit, agency: nil)
    }

    /// Leases like `lease(_:limit:)`, but with an `agency` only that agency's jobs (`Job.agency == agency`), so a
    /// worker dedicated to one agency (`connect-ingest work --agency KEIT`) leaves every other job, agency-less
    /// ones included, in its place for the others. Due retries and expired leases are still moved first, whatever
    /// their agency: the sweep is the queue's, not the worker's.
    ///
    /// Only the oldest `QueueScripts.agencyScanLimit` ready jobs are looked at per call, so an agency's job behind
    /// more of other agencies' jobs than that waits until those are leased.
    /// - Parameter agency: nil for every job; an empty agency names none and is refused.
    public func lease(_ worker: WorkerIdentity, limit: Int = 1, agency: String?) async throws -> [Lease] {
        if let agency, agency.isEmpty {
            throw error(.invalidArgument, "lease", "the agency is empty")
        }
        guard limit > 0 else { return [] }
        var arguments: [RedisArgument] = [
            .init(limit), .init(QueuePolicy.microseconds(policy.lease)), .init(QueueCoding.worker(worker)),
            .init(policy.maxAttempts), .init(QueueScripts.sweepLimit),
        ]
        if let agency { arguments += [.init(agency), .init(QueueScripts.agencyScanLimit)] }
        let operation = agency.map { "lease for agency \($0)" } ?? "lease"
        let reply = try await run(
            agency == nil ? QueueScripts.lease : QueueScripts.leaseForAgency, operation, arguments: arguments)
        var reader = try ReplyReader(reply, failure: malformed(operation))
        let expiresAt = QueueCoding.date(microseconds: try reader.integer())
        var leases: [Lease] = []
        leases.reserveCapacity(reader.remaining / 4)
        let decoder = JSONDecoder()
        while !reader.isAtEnd {
            let id = try reader.string()
            let body = try reader.bytes()
            let attempt = try reader.integer()
            let token = try reader.integer()
            let job = try decoded(body, attempt: attempt, id: id, operation: operation, decoder: decoder)
            leases.append(Lease(job: job, worker: worker, expiresAt: expiresAt, token: token))
        }
        return leases
    }

    /// Extends the leases by `policy.lease` from now.
    /// - Returns: the ids whose lease was lost (it expired and was reclaimed, or the job was finished or released
    ///   through another lease); the worker should stop working on those.
    public func renew(_ leases: [Lease]) async throws -> [String] {
        guard !leases.isEmpty else { return [] }
        let reply = try await run(
            QueueScripts.renew, "renew", jobID: leases.count == 1 ? leases[0].job.id : nil,
            arguments: [.init(QueuePolicy.microseconds(policy.lease))] + Self.idsAndTokens(leases))
        var reader = try ReplyReader(reply, failure: malformed("renew"))
        _ = try reader.integer()
        var lost: [String] = []
        while !reader.isAtEnd { lost.append(try reader.string()) }
        return lost
    }

    /// Marks the jobs done, in one script.
    /// - Returns: the ids whose lease was lost; those jobs stay with whoever holds them now (handlers are
    ///   idempotent, so the other delivery simply does the work again).
    @discardableResult
    public func complete(_ leases: [Lease]) async throws -> [String] {
        guard !leases.isEmpty else { return [] }
        let reply = try await run(
            QueueScripts.complete, "complete", jobID: leases.count == 1 ? leases[0].job.id : nil,
            arguments: Self.idsAndTokens(leases))
        return try strings(reply, operation: "complete")
    }

    /// Records a failed delivery: delayed for a retry with exponential backoff while attempts remain, otherwise
    /// (or when `retryable` is false) dead-lettered with `error` and the archived page's `digest`.
    ///
    /// Throws `QueueError.Code.leaseLost` when the lease was lost: another delivery owns the job's fate now.
    public func fail(
        _ lease: Lease, error message: String, digest: String? = nil, retryable: Bool = true
    ) async throws -> FailOutcome {
        let decision = policy.decision(afterFailedAttempt: lease.job.attempt, retryable: retryable)
        let (kind, delay): (String, Int64) =
            switch decision {
            case .retry(let after): ("retry", QueuePolicy.microseconds(after))
            case .dead: ("dead", 0)
            }
        let reply = try await run(
            QueueScripts.fail, "fail", jobID: lease.job.id,
            arguments: [
                .init(lease.job.id), .init(lease.token), .init(kind), .init(delay), .init(message), .init(digest ?? ""),
            ])
        var reader = try ReplyReader(reply, failure: malformed("fail", jobID: lease.job.id))
        switch try reader.string() {
        case "retry": return .retry(at: QueueCoding.date(microseconds: try reader.integer()))
        case "dead": return .dead
        case "lost":
            throw error(
                .leaseLost, "fail", jobID: lease.job.id,
                "the lease (token \(lease.token), \(lease.worker.description)) was lost before the failure was recorded"
            )
        case let other: throw malformed("fail", jobID: lease.job.id)("unknown outcome '\(other)'")
        }
    }

    /// Puts the jobs back to ready at once without counting an attempt: for a worker shutting down gracefully
    /// that will not start them.
    /// - Returns: the ids whose lease was already lost.
    @discardableResult
    public func release(_ leases: [Lease]) async throws -> [String] {
        guard !leases.isEmpty else { return [] }
        let reply = try await run(
            QueueScripts.release, "release", jobID: leases.count == 1 ? leases[0].job.id : nil,
            arguments: Self.idsAndTokens(leases))
        return try strings(reply, operation: "release")
    }

    /// Makes every job whose lease expired ready again (or dead, once out of attempts), without waiting for a
    /// worker's next lease call to do it: for a reaper or an operator.
    /// - Returns: how many leases were reclaimed.
    @discardableResult
    public func reclaimExpired() async throws -> Int {
        var total = 0
        while true {
            let reply = try await run(
                QueueScripts.reclaim, "reclaim expired",
                arguments: [.init(policy.maxAttempts), .init(QueueScripts.sweepLimit)])
            guard let count = reply.int else { throw malformed("reclaim expired")("expected an integer reply") }
            total += Int(count)
            if count < QueueScripts.sweepLimit { return total }
        }
    }

    static func idsAndTokens(_ leases: [Lease]) -> [RedisArgument] {
        var arguments: [RedisArgument] = []
        arguments.reserveCapacity(leases.count * 2)
        for lease in leases {
            arguments.append(.init(lease.job.id))
            arguments.append(.init(lease.token))
        }
        return arguments
    }
}
