import Foundation
import JobQueue
import Testing

@Suite("Dedupe keys")
struct DedupeTests {
    static let slot = "crawl:iris.list:2026-11-23T09:00+09:00"

    @Test("the same dedupe key twice enqueues once and names the first job")
    func sameKeyTwice() async throws {
        try await IsolatedQueue.with { queue async throws in
            let (first, second) = (Job.crawl("iris.list", trigger: .timer), Job.crawl("iris.list", trigger: .timer))
            #expect(try await queue.enqueue(first, dedupeKey: Self.slot) == .enqueued(id: first.id))
            #expect(try await queue.enqueue(second, dedupeKey: Self.slot) == .duplicate(id: first.id))
            #expect(try await queue.counts() == QueueCounts(ready: 1))
            #expect(try await queue.lease(.first, limit: 10).map(\.job.id) == [first.id])
        }
    }

    @Test("the key outlives the job: after completion it is still a duplicate, for the policy's period")
    func keyOutlivesJob() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(dedupeFor: .seconds(7200))) { queue async throws in
            let first = Job.crawl("iris.list", trigger: .timer)
            try await queue.enqueue(first, dedupeKey: Self.slot)
            try await queue.complete(try await queue.lease(.first))
            #expect(
                try await queue.enqueue(Job.crawl("iris.list", trigger: .timer), dedupeKey: Self.slot)
                    == .duplicate(id: first.id))
            let ttl = try await queue.connection.send("PTTL", queue.namespace + ":dedupe:" + Self.slot).int
            #expect((1...7_200_000).contains(ttl ?? -1))
            #expect(try await queue.isIdle())
        }
    }

    @Test("different dedupe keys enqueue separately")
    func differentKeys() async throws {
        try await IsolatedQueue.with { queue async throws in
            try await queue.enqueue(Job.noop("a"), dedupeKey: "crawl:iris.list:09:00")
            try await queue.enqueue(Job.noop("b"), dedupeKey: "crawl:iris.list:15:00")
            #expect(try await queue.counts().ready == 2)
        }
    }
}
