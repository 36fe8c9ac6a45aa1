import Foundation
import RedisClient

extension JobQueue {
    /// How many jobs are in each state, read atomically.
    public func counts() async throws -> QueueCounts {
        let reply = try await run(QueueScripts.counts, "counts")
        var reader = try ReplyReader(reply, failure: malformed("counts"))
        let ready = Int(try reader.integer())
        let parked = Int(try reader.integer())
        return QueueCounts(
            ready: ready + parked, delayed: Int(try reader.integer()), leased: Int(try reader.integer()),
            dead: Int(try reader.integer()), done: Int(try reader.integer()), coalesced: parked)
    }

    /// Every lease, soonest expiry first, with its holder: for an operator asking who has what.
    public func leases() async throws -> [LeaseInfo] {
        let reply = try await run(QueueScripts.leases, "leases")
        var reader = try ReplyReader(reply, failure: malformed("leases"))
        var infos: [LeaseInfo] = []
        let decoder = JSONDecoder()
        while !reader.isAtEnd {
            let id = try reader.string()
            let expiry = try reader.integer()
            let body = try reader.bytes()
            let attempt = try reader.integer()
            let owner = try reader.string()
            let job = try decoded(body, attempt: attempt, id: id, operation: "leases", decoder: decoder)
            guard let holder = QueueCoding.owner(owner) else {
                throw malformed("leases", jobID: id)("the lease's owner field is unreadable")
            }
            infos.append(
                LeaseInfo(job: job, worker: holder.worker, expiresAt: QueueCoding.date(microseconds: expiry)))
        }
        return infos
    }

    /// How long the longest-ready job has waited (server clock) since it became ready: its enqueue time, or its
    /// retry's due time, so a backoff does not count as waiting. Nil when none is ready. The figure that says
    /// workers are not keeping up.
    public func oldestWaitingAge() async throws -> Duration? {
        let reply = try await run(QueueScripts.oldestWaiting, "oldest waiting age")
        var reader = try ReplyReader(reply, failure: malformed("oldest waiting age"))
        let now = try reader.integer()
        let oldest = try reader.integer()
        guard oldest >= 0 else { return nil }
        return .microseconds(max(0, now - oldest))
    }

    /// True when nothing is ready, delayed or leased (dead jobs wait for an operator and do not count).
    public func isIdle() async throws -> Bool {
        let counts = try await counts()
        return counts.ready == 0 && counts.delayed == 0 && counts.leased == 0
    }

    /// True when no job of `agency` is ready, delayed or leased (nil: the whole queue, as `isIdle()`).
    public func isIdle(agency: String?) async throws -> Bool {
        guard let agency else { return try await isIdle() }
        let reply = try await run(QueueScripts.idleForAgency, "idle for agency", arguments: [RedisArgument(agency)])
        return reply.int == 1
    }
}
