import Foundation
import JobQueue
import Testing

@Suite("Agency-filtered leases")
struct AgencyLeaseTests {
    static let key = "crawl:keit.itech.list"

    /// A job of `agency` (nil for a shared one), labelled so a failing comparison shows which job it was.
    private static func job(_ agency: String?, _ label: String) -> Job {
        Job(kind: .fetchDetail, agency: agency, payload: ["label": label], trigger: .timer)
    }

    /// How many agency records the queue holds: the key that must not grow with every job ever queued.
    private static func agencyRecords(_ queue: JobQueue) async throws -> Int64? {
        try await queue.connection.send("HLEN", queue.namespace + ":agency").int
    }

    @Test("a KEIT worker leases only KEIT jobs, oldest first; IITP and shared jobs stay ready in their order")
    func onlyTheAgency() async throws {
        try await IsolatedQueue.with { queue async throws in
            let (keit1, iitp1, shared1) = (Self.job("KEIT", "k1"), Self.job("IITP", "i1"), Self.job(nil, "s1"))
            let (keit2, iitp2, keit3, shared2) = (
                Self.job("KEIT", "k2"), Self.job("IITP", "i2"), Self.job("KEIT", "k3"), Self.job(nil, "s2")
            )
            // Both enqueue paths record the agency.
            try await queue.enqueue(keit1)
            try await queue.enqueue(iitp1)
            try await queue.enqueue(shared1)
            #expect(try await queue.enqueue(batch: [keit2, iitp2, keit3, shared2]) == [])

            let first = try await queue.lease(.first, limit: 2, agency: "KEIT")
            #expect(first.map(\.job.id) == [keit1.id, keit2.id])
            #expect(first.map(\.job.agency) == ["KEIT", "KEIT"])
            let second = try await queue.lease(.second, limit: 10, agency: "KEIT")
            #expect(second.map(\.job.id) == [keit3.id])
            #expect(try await queue.lease(.second, limit: 10, agency: "KEIT").isEmpty)
            #expect(try await queue.lease(.second, agency: "KIAT").isEmpty)
            #expect(try await queue.counts() == QueueCounts(ready: 4, leased: 3))
            #expect(Set((first + second).map(\.token)).count == 3)

            let iitp = try await queue.lease(.first, agency: "IITP")
            #expect(iitp.map(\.job.id) == [iitp1.id])
            let rest = try await queue.lease(.first, limit: 10)
            #expect(rest.map(\.job.id) == [shared1.id, iitp2.id, shared2.id])
        }
    }

    @Test("an unfiltered worker still takes every job, whatever its agency, oldest first")
    func unfilteredTakesAll() async throws {
        try await IsolatedQueue.with { queue async throws in
            let jobs = [
                Self.job("IITP", "i1"), Self.job("KEIT", "k1"), Self.job(nil, "s1"), Self.job("KEIT", "k2"),
                Self.job("IITP", "i2"),
            ]
            try await queue.enqueue(jobs[0])
            try await queue.enqueue(batch: Array(jobs[1...]))
            let first = try await queue.lease(.first, limit: 2, agency: nil)
            #expect(first.map(\.job.id) == jobs.prefix(2).map(\.id))
            let rest = try await queue.lease(.second, limit: 10)
            #expect(rest.map(\.job.id) == jobs.suffix(3).map(\.id))
            #expect(try await queue.counts() == QueueCounts(leased: 5))
        }
    }

    @Test("ready jobs are walked page by page: every agency job found in order, the others left in order")
    func walksPages() async throws {
        try await IsolatedQueue.with { queue async throws in
            let jobs = (0..<1500).map { Self.job($0 % 7 == 3 ? "KEIT" : ($0 % 2 == 0 ? "IITP" : nil), "\($0)") }
            #expect(try await queue.enqueue(batch: jobs) == [])
            var keit: [String] = []
            while case let leases = try await queue.lease(.first, limit: 200, agency: "KEIT"), !leases.isEmpty {
                keit += leases.map(\.job.id)
            }
            #expect(keit == jobs.filter { $0.agency == "KEIT" }.map(\.id))
            var others: [String] = []
            while case let leases = try await queue.lease(.second, limit: 400), !leases.isEmpty {
                others += leases.map(\.job.id)
            }
            #expect(others == jobs.filter { $0.agency != "KEIT" }.map(\.id))
        }
    }

    @Test("a filtered lease looks at the oldest 5000 ready jobs only")
    func boundedWalk() async throws {
        try await IsolatedQueue.with { queue async throws in
            let keit = Self.job("KEIT", "behind")
            try await queue.enqueue(batch: (0..<5000).map { Self.job("IITP", "\($0)") } + [keit])
            #expect(try await queue.lease(.first, agency: "KEIT").isEmpty)
            #expect(try await queue.lease(.second).count == 1)
            #expect(try await queue.lease(.first, agency: "KEIT").map(\.job.id) == [keit.id])
        }
    }

    @Test("a filtered lease reclaims expired leases and promotes due retries first, whatever their agency")
    func sweepsFirst() async throws {
        // Leases long enough that the steps after the sweep finish before they lapse again on a loaded machine.
        let policy = QueuePolicy(lease: .seconds(5), backoffBase: .milliseconds(200))
        try await IsolatedQueue.with(policy: policy) { queue async throws in
            let (retried, expired, iitp) = (
                Self.job("KEIT", "retried"), Self.job("KEIT", "expired"), Self.job("IITP", "i")
            )
            try await queue.enqueue(batch: [retried, expired, iitp])
            let leases = try await queue.lease(.first, limit: 3)
            try #require(leases.map(\.job.id) == [retried.id, expired.id, iitp.id])
            guard case .retry(let due) = try await queue.fail(leases[0], error: "HTTP 503") else {
                Issue.record("expected a retry")
                return
            }
            try await queue.waitUntilServerTime(passes: max(due, leases[1].expiresAt))
            #expect(try await queue.counts() == QueueCounts(delayed: 1, leased: 2))

            let taken = try await queue.lease(.second, limit: 10, agency: "KEIT")
            // The reclaimed job keeps its enqueue place; the retry is ready from its due time, which is later.
            #expect(taken.map(\.job.id) == [expired.id, retried.id])
            #expect(taken.map(\.job.attempt) == [1, 1])
            #expect(taken.allSatisfy { $0.worker == .second })
            // The IITP job's lease expired too: reclaimed to ready, not leased to the KEIT worker.
            #expect(try await queue.counts() == QueueCounts(ready: 1, leased: 2))
            let other = try #require(try await queue.lease(.first).first)
            #expect(other.job.id == iitp.id)
            #expect(other.job.attempt == 1)
            #expect(try await queue.complete(leases) == [retried.id, expired.id, iitp.id])
        }
    }

    @Test("coalescing holds under the filter: a job whose key is active is parked, and leased once it is not")
    func coalescing() async throws {
        try await IsolatedQueue.with { queue async throws in
            let first = Job.crawl("keit.itech.list", trigger: .timer)
            try await queue.enqueue(first, coalesceKey: Self.key)
            let active = try #require(try await queue.lease(.first, agency: "KEIT").first)
            #expect(active.job.id == first.id)
            let waiting = Job.crawl("keit.itech.list", trigger: .timer)
            #expect(try await queue.enqueue(waiting, coalesceKey: Self.key) == .enqueued(id: waiting.id))
            let iitp = Self.job("IITP", "i")
            try await queue.enqueue(iitp)
            #expect(try await queue.lease(.second, limit: 10, agency: "KEIT").isEmpty)

            // Released, the active job is ready again ahead of the waiting one, and both are walked by the filter:
            // the lease takes the first and parks the second, as the unfiltered lease does. The parked one does not
            // count towards the limit, so the walk goes on to the next KEIT job.
            try await queue.release([active])
            #expect(try await queue.counts() == QueueCounts(ready: 3))
            let plain = Self.job("KEIT", "plain")
            try await queue.enqueue(plain)
            let again = try await queue.lease(.second, limit: 2, agency: "KEIT")
            #expect(again.map(\.job.id) == [first.id, plain.id])
            #expect(try await queue.counts() == QueueCounts(ready: 2, leased: 2, coalesced: 1))

            #expect(try await queue.complete(again) == [])
            let next = try await queue.lease(.second, limit: 10, agency: "KEIT")
            #expect(next.map(\.job.id) == [waiting.id])
            #expect(try await queue.counts() == QueueCounts(ready: 1, leased: 1, done: 2))
        }
    }

    @Test("the agency record lives as long as the job's data: kept through retries and death, deleted on purge")
    func recordsDeletedWithJobs() async throws {
        try await IsolatedQueue.with(policy: QueuePolicy(maxAttempts: 1)) { queue async throws in
            let (keit1, keit2, iitp, shared) = (
                Self.job("KEIT", "k1"), Self.job("KEIT", "k2"), Self.job("IITP", "i"), Self.job(nil, "s")
            )
            try await queue.enqueue(keit1)
            try await queue.enqueue(batch: [keit2, iitp, shared])
            #expect(try await Self.agencyRecords(queue) == 3)

            let leases = try await queue.lease(.first, limit: 10)
            #expect(leases.count == 4)
            #expect(try await queue.complete(leases.filter { $0.job.id != keit2.id }) == [])
            #expect(try await Self.agencyRecords(queue) == 1)

            // Dead and retried, the job is still KEIT's.
            let dying = try #require(leases.first { $0.job.id == keit2.id })
            #expect(try await queue.fail(dying, error: "gone") == .dead)
            #expect(try await queue.retryDead(ids: [keit2.id]) == [keit2.id])
            let again = try #require(try await queue.lease(.second, agency: "KEIT").first)
            #expect(again.job.id == keit2.id)
            #expect(try await queue.fail(again, error: "gone again") == .dead)
            #expect(try await Self.agencyRecords(queue) == 1)

            let now = try await queue.serverTime()
            #expect(try await queue.purgeDead(olderThan: now.addingTimeInterval(1)) == 1)
            #expect(try await Self.agencyRecords(queue) == 0)
            #expect(try await queue.connection.send("HLEN", queue.namespace + ":jobs").int == 0)
        }
    }

    @Test("an empty agency is refused, naming the operation")
    func emptyAgencyRefused() async throws {
        try await IsolatedQueue.with { queue async throws in
            try await queue.enqueue(Self.job(nil, "s"))
            let error = await #expect(throws: QueueError.self) { try await queue.lease(.first, agency: "") }
            #expect(error?.code == .invalidArgument)
            #expect(error?.description.contains("lease") == true)
            #expect(try await queue.counts() == QueueCounts(ready: 1))
        }
    }
}
