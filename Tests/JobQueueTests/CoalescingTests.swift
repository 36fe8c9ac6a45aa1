import Foundation
import JobQueue
import Testing

@Suite("Coalesce keys: one active and one waiting job per key")
struct CoalescingTests {
    static let key = "crawl:keit.itech.list"

    @Test("a job for a key that has a waiting job joins it")
    func joinsWaiting() async throws {
        try await IsolatedQueue.with { queue async throws in
            let (timer, manual) = (
                Job.crawl("keit.itech.list", trigger: .timer), Job.crawl("keit.itech.list", trigger: .manual)
            )
            #expect(try await queue.enqueue(timer, coalesceKey: Self.key) == .enqueued(id: timer.id))
            #expect(try await queue.enqueue(manual, coalesceKey: Self.key) == .joined(id: timer.id))
            #expect(
                try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .timer), coalesceKey: Self.key)
                    == .joined(id: timer.id))
            #expect(try await queue.counts() == QueueCounts(ready: 1))
        }
    }

    @Test("a delayed job is waiting too")
    func joinsDelayed() async throws {
        try await IsolatedQueue.with { queue async throws in
            let delayed = Job.crawl("keit.itech.list", trigger: .timer)
            try await queue.enqueue(delayed, coalesceKey: Self.key, notBefore: Date().addingTimeInterval(3600))
            #expect(
                try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .timer), coalesceKey: Self.key)
                    == .joined(id: delayed.id))
            #expect(try await queue.counts() == QueueCounts(delayed: 1))
        }
    }

    @Test("an operator's manual run joins the timer's active run")
    func manualJoinsActive() async throws {
        try await IsolatedQueue.with { queue async throws in
            let timer = Job.crawl("keit.itech.list", trigger: .timer)
            try await queue.enqueue(timer, coalesceKey: Self.key)
            let active = try #require(try await queue.lease(.first).first)
            #expect(active.job.id == timer.id)
            #expect(
                try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .manual), coalesceKey: Self.key)
                    == .joined(id: timer.id))
            #expect(try await queue.counts() == QueueCounts(leased: 1))
        }
    }

    @Test("a timer's job while one is active waits, is not leased, and is leased once the active one completes")
    func timerWaitsForActive() async throws {
        try await IsolatedQueue.with { queue async throws in
            let (first, second) = (
                Job.crawl("keit.itech.list", trigger: .timer), Job.crawl("keit.itech.list", trigger: .timer)
            )
            try await queue.enqueue(first, coalesceKey: Self.key)
            let active = try #require(try await queue.lease(.first).first)
            #expect(try await queue.enqueue(second, coalesceKey: Self.key) == .enqueued(id: second.id))
            #expect(try await queue.counts() == QueueCounts(ready: 1, leased: 1, coalesced: 1))

            // Another worker asking for work gets nothing: the key's job is still active.
            #expect(try await queue.lease(.second, limit: 10).isEmpty)
            // A third request joins the waiting one: at most one waits.
            #expect(
                try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .timer), coalesceKey: Self.key)
                    == .joined(id: second.id))

            try await queue.complete([active])
            #expect(try await queue.counts() == QueueCounts(ready: 1, done: 1))
            let next = try #require(try await queue.lease(.second).first)
            #expect(next.job.id == second.id)
        }
    }

    @Test("jobs of other keys are leased past a held-back one")
    func otherKeysPass() async throws {
        try await IsolatedQueue.with { queue async throws in
            try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .timer), coalesceKey: Self.key)
            let active = try #require(try await queue.lease(.first).first)
            let waiting = Job.crawl("keit.itech.list", trigger: .timer)
            try await queue.enqueue(waiting, coalesceKey: Self.key)
            let other = Job.crawl("iitp.list", trigger: .timer)
            try await queue.enqueue(other, coalesceKey: "crawl:iitp.list")
            let plain = Job.noop()
            try await queue.enqueue(plain)
            let leased = try await queue.lease(.second, limit: 10)
            #expect(Set(leased.map(\.job.id)) == [other.id, plain.id])
            // Releasing the active job (a graceful shutdown) frees the key as well.
            try await queue.release([active])
            let after = try await queue.lease(.second, limit: 10)
            // The released job keeps its place (oldest first); the waiting one is held back behind it again.
            #expect(after.map(\.job.id) == [active.job.id])
            #expect(try await queue.counts().coalesced == 1)
        }
    }

    @Test("a failed job waiting for its retry is the key's waiting job")
    func retryIsWaiting() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(backoffBase: .seconds(60))) { queue async throws in
            let job = Job.crawl("keit.itech.list", trigger: .timer)
            try await queue.enqueue(job, coalesceKey: Self.key)
            let lease = try #require(try await queue.lease(.first).first)
            guard case .retry = try await queue.fail(lease, error: "HTTP 503") else {
                Issue.record("expected a retry")
                return
            }
            #expect(
                try await queue.enqueue(Job.crawl("keit.itech.list", trigger: .timer), coalesceKey: Self.key)
                    == .joined(id: job.id))
            #expect(try await queue.counts() == QueueCounts(delayed: 1))
        }
    }

    @Test("dedupe and coalescing together: a repeated slot is a duplicate of the job that stood for it")
    func dedupeRemembersJoin() async throws {
        try await IsolatedQueue.with { queue async throws in
            let manual = Job.crawl("keit.itech.list", trigger: .manual)
            try await queue.enqueue(manual, coalesceKey: Self.key)
            let slot = "crawl:keit.itech.list:2026-11-23T09:00+09:00"
            #expect(
                try await queue.enqueue(
                    Job.crawl("keit.itech.list", trigger: .timer), dedupeKey: slot,
                    coalesceKey: Self.key) == .joined(id: manual.id))
            _ = try await queue.lease(.first)
            #expect(
                try await queue.enqueue(
                    Job.crawl("keit.itech.list", trigger: .timer), dedupeKey: slot,
                    coalesceKey: Self.key) == .duplicate(id: manual.id))
            #expect(try await queue.counts() == QueueCounts(leased: 1))
        }
    }

    @Test("an empty coalesce key is refused, naming the operation and job")
    func emptyKeyRefused() async throws {
        try await IsolatedQueue.with { queue async throws in
            let job = Job.noop()
            let error = await #expect(throws: QueueError.self) { try await queue.enqueue(job, coalesceKey: "") }
            #expect(error?.code == .invalidArgument)
            #expect(error?.description.contains(job.id) == true)
            #expect(error?.description.contains("enqueue") == true)
        }
    }
}
