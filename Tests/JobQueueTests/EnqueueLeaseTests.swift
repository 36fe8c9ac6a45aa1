import Foundation
import JobQueue
import Testing

@Suite("Enqueue, lease, complete")
struct EnqueueLeaseTests {
    @Test("a job goes round: enqueued, leased with its holder recorded, completed")
    func roundTrip() async throws {
        try await IsolatedQueue.with { queue async throws in
            let job = Job(
                kind: .crawlSource, agency: "IITP", source: "iitp.list", payload: ["page": "1"], runID: 42,
                trigger: .manual)
            #expect(try await queue.enqueue(job) == .enqueued(id: job.id))
            #expect(try await queue.counts() == QueueCounts(ready: 1))

            let leases = try await queue.lease(.first)
            let lease = try #require(leases.first)
            #expect(leases.count == 1)
            #expect(lease.job == job)
            #expect(lease.job.attempt == 0)
            #expect(lease.worker == .first)
            let info = try #require(try await queue.leases().first)
            #expect(info.job.id == job.id)
            #expect(info.worker == .first)
            #expect(info.expiresAt == lease.expiresAt)
            #expect(try await queue.counts() == QueueCounts(leased: 1))

            #expect(try await queue.complete([lease]) == [])
            #expect(try await queue.counts() == QueueCounts(done: 1))
            #expect(try await queue.isIdle())
            #expect(try await queue.lease(.second).isEmpty)
        }
    }

    @Test("the lease runs for the policy's lease from the server's clock")
    func leaseExpiryFromServerClock() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(lease: .seconds(45))) { queue async throws in
            try await queue.enqueue(Job.noop())
            let before = try await queue.serverTime()
            let lease = try #require(try await queue.lease(.first).first)
            let after = try await queue.serverTime()
            #expect(lease.expiresAt >= before.addingTimeInterval(45 - 0.001))
            #expect(lease.expiresAt <= after.addingTimeInterval(45 + 0.001))
        }
    }

    @Test("a batch is leased N at a time, oldest first, and completed in one call")
    func batchLease() async throws {
        try await IsolatedQueue.with { queue async throws in
            let jobs = (0..<50).map { Job.noop("\($0)") }
            #expect(try await queue.enqueue(batch: jobs) == [])
            #expect(try await queue.counts().ready == 50)

            let first = try await queue.lease(.first, limit: 20)
            #expect(first.map(\.job.id) == jobs.prefix(20).map(\.id))
            #expect(Set(first.map(\.token)).count == 20)
            let rest = try await queue.lease(.second, limit: 100)
            #expect(rest.map(\.job.id) == jobs.suffix(30).map(\.id))
            #expect(try await queue.counts() == QueueCounts(leased: 50))

            #expect(try await queue.complete(first + rest) == [])
            #expect(try await queue.counts() == QueueCounts(done: 50))
        }
    }

    @Test("a batch larger than one script's share is queued whole and in order")
    func largeBatchInOrder() async throws {
        try await IsolatedQueue.with { queue async throws in
            let jobs = (0..<2500).map { Job.noop("\($0)") }
            #expect(try await queue.enqueue(batch: jobs) == [])
            #expect(try await queue.counts().ready == 2500)
            var leased: [String] = []
            while case let leases = try await queue.lease(.first, limit: 700), !leases.isEmpty {
                leased += leases.map(\.job.id)
                #expect(try await queue.complete(leases) == [])
            }
            #expect(leased == jobs.map(\.id))
            #expect(try await queue.counts() == QueueCounts(done: 2500))
        }
    }

    @Test("a batch with an id already queued leaves that job alone and queues the rest")
    func batchSkipsQueuedIDs() async throws {
        try await IsolatedQueue.with { queue async throws in
            let existing = Job.noop("existing")
            try await queue.enqueue(batch: [existing])
            let skipped = try await queue.enqueue(batch: [Job.noop("new"), existing])
            #expect(skipped == [existing.id])
            #expect(try await queue.counts().ready == 2)
        }
    }

    @Test("one complete call with a lost lease, a held one and a repeat completes the held job once")
    func mixedComplete() async throws {
        try await IsolatedQueue.with { queue async throws in
            let (kept, moved) = (Job.noop("kept"), Job.noop("moved"))
            try await queue.enqueue(batch: [kept, moved])
            let leases = try await queue.lease(.first, limit: 2)
            let held = try #require(leases.first { $0.job.id == kept.id })
            let stale = try #require(leases.first { $0.job.id == moved.id })
            try await queue.release([stale])
            let current = try #require(try await queue.lease(.second).first)
            #expect(current.job.id == moved.id)

            #expect(try await queue.complete([held, stale, held]) == [moved.id])
            #expect(try await queue.counts() == QueueCounts(leased: 1, done: 1))
            #expect(try await queue.leases().map(\.worker) == [.second])
        }
    }

    @Test("release puts the job back at once without counting an attempt")
    func releaseDoesNotCount() async throws {
        try await IsolatedQueue.with { queue async throws in
            let job = Job.noop()
            try await queue.enqueue(job)
            let lease = try #require(try await queue.lease(.first).first)
            #expect(try await queue.release([lease]) == [])
            #expect(try await queue.counts() == QueueCounts(ready: 1))

            let again = try #require(try await queue.lease(.second).first)
            #expect(again.job.id == job.id)
            #expect(again.job.attempt == 0)
            #expect(again.token != lease.token)
            // The released lease is gone: its holder cannot complete the job under the new holder's feet.
            #expect(try await queue.complete([lease]) == [job.id])
            #expect(try await queue.counts() == QueueCounts(leased: 1))
        }
    }

    @Test("counts, idleness and the waiting age follow the states")
    func countsAndIdle() async throws {
        try await IsolatedQueue.with { queue async throws in
            #expect(try await queue.isIdle())
            #expect(try await queue.oldestWaitingAge() == nil)

            let (a, b, later) = (Job.noop("a"), Job.noop("b"), Job.noop("later"))
            try await queue.enqueue(a)
            try await queue.enqueue(b)
            #expect(
                try await queue.enqueue(later, notBefore: Date().addingTimeInterval(3600)) == .enqueued(id: later.id))
            #expect(try await queue.counts() == QueueCounts(ready: 2, delayed: 1))
            #expect(try await !queue.isIdle())
            let age = try #require(try await queue.oldestWaitingAge())
            #expect(age >= .zero)

            let first = try #require(try await queue.lease(.first).first)
            #expect(first.job.id == a.id)
            #expect(try await queue.counts() == QueueCounts(ready: 1, delayed: 1, leased: 1))
            try await queue.complete([first])
            let second = try #require(try await queue.lease(.first).first)
            #expect(second.job.id == b.id)
            try await queue.complete([second])

            // Only the delayed job is left: nothing to lease, but the queue is not idle.
            #expect(try await queue.lease(.first).isEmpty)
            #expect(try await queue.counts() == QueueCounts(delayed: 1, done: 2))
            #expect(try await queue.oldestWaitingAge() == nil)
            #expect(try await !queue.isIdle())
        }
    }

    @Test("a delayed job is recorded at its due time on the server's clock and not leased before")
    func notBeforeDelays() async throws {
        try await IsolatedQueue.with { queue async throws in
            let job = Job.noop()
            let before = try await queue.serverTime()
            try await queue.enqueue(job, notBefore: Date().addingTimeInterval(600))
            let due = try #require(try await queue.score(in: "delayed", of: job.id))
            #expect(due >= microseconds(before) + 599_000_000)
            #expect(try await queue.lease(.first).isEmpty)
            #expect(try await queue.counts().delayed == 1)
        }
    }

    @Test("enqueuing a job id that is already queued is a duplicate")
    func sameIDTwice() async throws {
        try await IsolatedQueue.with { queue async throws in
            let job = Job.noop()
            #expect(try await queue.enqueue(job) == .enqueued(id: job.id))
            #expect(try await queue.enqueue(job) == .duplicate(id: job.id))
            #expect(try await queue.counts().ready == 1)
        }
    }
}
