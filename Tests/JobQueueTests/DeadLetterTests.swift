import Foundation
import JobQueue
import Testing

@Suite("Dead letters: list, retry, purge")
struct DeadLetterTests {
    /// Three jobs dead-lettered in order, the last with an archive digest.
    private func killThree(_ queue: JobQueue) async throws -> [Job] {
        let jobs = [Job.noop("a"), Job.noop("b"), Job.noop("c")]
        try await queue.enqueue(batch: jobs)
        for (index, lease) in try await queue.lease(.first, limit: 3).enumerated() {
            let digest = index == 2 ? "sha256:0123" : nil
            #expect(try await queue.fail(lease, error: "error \(index)", digest: digest) == .dead)
        }
        return jobs
    }

    @Test("dead jobs are listed newest first with their error and digest")
    func list() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(maxAttempts: 1)) { queue async throws in
            let jobs = try await killThree(queue)
            let letters = try await queue.deadLetters()
            #expect(letters.map(\.job.id) == jobs.reversed().map(\.id))
            #expect(letters.map(\.error) == ["error 2", "error 1", "error 0"])
            #expect(letters.map(\.digest) == ["sha256:0123", nil, nil])
            #expect(letters[0].diedAt >= letters[2].diedAt)
            #expect(try await queue.deadLetters(limit: 2).count == 2)
        }
    }

    @Test("retry moves dead jobs back to ready with attempts reset; unknown ids are ignored")
    func retry() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(maxAttempts: 1)) { queue async throws in
            let jobs = try await killThree(queue)
            #expect(try await queue.retryDead(ids: [jobs[1].id, "no-such-job"]) == [jobs[1].id])
            #expect(try await queue.counts() == QueueCounts(ready: 1, dead: 2))
            let lease = try #require(try await queue.lease(.first).first)
            #expect(lease.job.id == jobs[1].id)
            #expect(lease.job.attempt == 0)
            #expect(try await queue.retryDead(ids: [jobs[1].id]) == [])
        }
    }

    @Test("purge deletes dead jobs that died before the date, and their data")
    func purge() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(maxAttempts: 1)) { queue async throws in
            _ = try await killThree(queue)
            let now = try await queue.serverTime()
            #expect(try await queue.purgeDead(olderThan: now.addingTimeInterval(-3600)) == 0)
            #expect(try await queue.counts().dead == 3)
            #expect(try await queue.purgeDead(olderThan: now.addingTimeInterval(1)) == 3)
            #expect(try await queue.counts() == QueueCounts())
            #expect(try await queue.deadLetters().isEmpty)
            for suffix in ["jobs", "attempts", "enqueued", "dead:info"] {
                #expect(try await queue.connection.send("HLEN", queue.namespace + ":" + suffix).int == 0)
            }
        }
    }
}
