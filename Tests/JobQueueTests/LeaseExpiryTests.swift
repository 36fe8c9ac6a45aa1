import Foundation
import JobQueue
import Testing

@Suite("Lease expiry and renewal")
struct LeaseExpiryTests {
    @Test("an expired lease is delivered to another worker as a new attempt; the old holder's lease is lost")
    func expiredLeaseGoesToAnotherWorker() async throws {
        // A lease a loaded machine will not see lapse between two calls; the server's clock says if it did.
        try await IsolatedQueue.with(policy: QueuePolicy(lease: .seconds(4))) { queue async throws in
            let job = Job.noop()
            try await queue.enqueue(job)
            let lost = try #require(try await queue.lease(.first).first)
            let early = try await queue.lease(.second)
            if try await queue.serverTime() < lost.expiresAt { #expect(early.isEmpty) }

            try await queue.waitUntilServerTime(passes: lost.expiresAt)
            // (On a machine slow enough that the lease lapsed before the first try, that try got the job.)
            let taken = try #require(early.isEmpty ? try await queue.lease(.second).first : early.first)
            #expect(taken.job.id == job.id)
            #expect(taken.job.attempt == 1)
            #expect(taken.worker == .second)
            #expect(try await queue.leases().map(\.worker) == [.second])

            #expect(try await queue.renew([lost]) == [job.id])
            #expect(try await queue.complete([lost]) == [job.id])
            let error = await #expect(throws: QueueError.self) { try await queue.fail(lost, error: "late") }
            #expect(error?.code == .leaseLost)
            #expect(error?.jobID == job.id)

            #expect(try await queue.complete([taken]) == [])
            #expect(try await queue.counts() == QueueCounts(done: 1))
        }
    }

    @Test("renewing before expiry keeps the job: past the first expiry, another worker gets nothing")
    func renewKeepsLease() async throws {
        // A lease long enough that a busy machine's scheduling delays (the whole suite runs in parallel) should not
        // let it lapse between two renewals; the server's clock says whether one did, so a starved test cannot
        // report a lost lease as a bug.
        let duration = 8.0
        try await IsolatedQueue.with(policy: QueuePolicy(lease: .seconds(duration))) { queue async throws in
            let job = Job.noop()
            try await queue.enqueue(job)
            let lease = try #require(try await queue.lease(.first).first)
            var renewedAt = try await queue.serverTime()
            var keptUp = true
            repeat {
                try await Task.sleep(for: .milliseconds(300))
                let before = try await queue.serverTime()
                keptUp = keptUp && before < renewedAt.addingTimeInterval(duration)
                #expect(try await queue.renew([lease]) == [])
                renewedAt = try await queue.serverTime()
            } while renewedAt <= lease.expiresAt.addingTimeInterval(0.5)

            let second = try await queue.lease(.second)
            let askedAt = try await queue.serverTime()
            keptUp = keptUp && askedAt < renewedAt.addingTimeInterval(duration)
            guard keptUp else { return }
            #expect(second.isEmpty)
            #expect(try await queue.reclaimExpired() == 0)
            let info = try #require(try await queue.leases().first)
            #expect(info.worker == .first)
            #expect(info.expiresAt > lease.expiresAt)
            #expect(try await queue.complete([lease]) == [])
        }
    }

    @Test("reclaimExpired makes expired jobs ready without a worker asking")
    func explicitReclaim() async throws {
        // Long enough that a loaded machine does not let the leases lapse before the first call; the server's clock
        // says whether it did, so the check cannot go wrong either way.
        try await IsolatedQueue.with(policy: QueuePolicy(lease: .seconds(5))) { queue async throws in
            try await queue.enqueue(batch: [Job.noop("a"), Job.noop("b")])
            let leases = try await queue.lease(.first, limit: 2)
            let early = try await queue.reclaimExpired()
            if try await queue.serverTime() < leases[0].expiresAt { #expect(early == 0) }
            try await queue.waitUntilServerTime(passes: leases[0].expiresAt)
            #expect(early + (try await queue.reclaimExpired()) == 2)
            #expect(try await queue.counts() == QueueCounts(ready: 2))
            #expect(try await queue.lease(.second, limit: 2).map(\.job.attempt) == [1, 1])
        }
    }

    @Test("a job whose leases keep expiring is dead-lettered with 'lease expired'")
    func repeatedExpiryKills() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(lease: .seconds(1), maxAttempts: 2)) { queue async throws in
            let job = Job.noop()
            try await queue.enqueue(job)
            let first = try #require(try await queue.lease(.first).first)
            try await queue.waitUntilServerTime(passes: first.expiresAt)
            #expect(try await queue.reclaimExpired() == 1)
            let second = try #require(try await queue.lease(.second).first)
            #expect(second.job.attempt == 1)
            try await queue.waitUntilServerTime(passes: second.expiresAt)
            #expect(try await queue.reclaimExpired() == 1)

            #expect(try await queue.counts() == QueueCounts(dead: 1))
            let letter = try #require(try await queue.deadLetters().first)
            #expect(letter.job.id == job.id)
            #expect(letter.error == "lease expired")
            #expect(letter.job.attempt == 2)
            #expect(letter.digest == nil)
        }
    }

    @Test("an expired coalesced job frees its key and becomes the key's waiting job again")
    func expiryFreesCoalesceKey() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(lease: .seconds(1))) { queue async throws in
            let key = "crawl:keit.itech.list"
            let job = Job.crawl("keit.itech.list", trigger: .timer)
            try await queue.enqueue(job, coalesceKey: key)
            let lease = try #require(try await queue.lease(.first).first)
            try await queue.waitUntilServerTime(passes: lease.expiresAt)
            #expect(try await queue.reclaimExpired() == 1)
            #expect(
                try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .timer), coalesceKey: key)
                    == .joined(id: job.id))
            #expect(try await queue.lease(.second).first?.job.id == job.id)
        }
    }
}
