import Foundation
import JobQueue
import Parse
import Schedule
import Testing

/// The scheduler against the real queue on the real Redis: a slot is enqueued once however often the timer fires.
@Suite("Scheduler on the real queue")
struct ScheduledTwiceTests {
    static func plan(_ text: String, agency: String? = nil) throws -> SlotPlan {
        let slot = ScheduleCalendar.standard.slot(at: try #require(KoreaTime.parseInstant(text)))
        return try SlotPlan(configs: try SlotPlanTests.agencyFiles(), slot: slot, agency: agency)
    }

    @Test("scheduled twice in one slot → enqueued once, also after the crawls finished")
    func twiceInOneSlot() async throws {
        try await QueueHarness.with { harness in
            let scheduler = Scheduler(queue: harness.queue)
            let first = try await scheduler.enqueue(try Self.plan("2026-11-23 09:00"))
            #expect(!first.isEmpty)
            #expect(first.allSatisfy { $0.outcome.isNew })
            #expect(Set(first.map(\.outcome.jobID)).count == first.count)
            #expect(try await harness.queue.counts().ready == first.count)

            // The timer fires again later in the slot (a restart, a catch-up): nothing new, the same jobs named.
            let second = try await scheduler.enqueue(try Self.plan("2026-11-23 14:59"))
            #expect(second.map(\.outcome) == first.map { .alreadyEnqueued(jobID: $0.outcome.jobID) })
            #expect(try await harness.queue.counts().ready == first.count)
            #expect(ScheduleReport.summary(try Self.plan("2026-11-23 14:59"), second).contains("slot already enqueued"))

            // Workers take and finish every crawl; the stored jobs are the planned ones.
            let done = try await harness.drain()
            #expect(Set(done.map(\.id)) == Set(first.map(\.outcome.jobID)))
            for result in first {
                let job = try #require(done.first { $0.id == result.outcome.jobID })
                #expect(job.kind == .crawlSource && job.trigger == .timer && job.source == result.crawl.source)
                #expect(job.payload["slot"] == "2026-11-23T09:00+09:00")
                #expect(job.payload["variant"] == (result.crawl.variant.isEmpty ? nil : result.crawl.variant))
            }

            // A third firing in the same slot after the crawls are done still enqueues nothing.
            let third = try await scheduler.enqueue(try Self.plan("2026-11-23 10:30"))
            #expect(third.map(\.outcome) == first.map { .alreadyEnqueued(jobID: $0.outcome.jobID) })
            #expect(try await harness.queue.counts().ready == 0)

            // The next slot is new work.
            let next = try await scheduler.enqueue(try Self.plan("2026-11-23 15:00"))
            #expect(next.allSatisfy { $0.outcome.isNew })
            #expect(Set(next.map(\.outcome.jobID)).isDisjoint(with: first.map(\.outcome.jobID)))
        }
    }

    @Test("two hosts' timers firing at once enqueue each crawl once")
    func concurrentFirings() async throws {
        try await QueueHarness.with { harness in
            let (otherConnection, otherQueue) = try await harness.secondHost()
            let plan = try Self.plan("2027-02-10 12:00")
            async let mine = Scheduler(queue: harness.queue).enqueue(plan)
            async let theirs = Scheduler(queue: otherQueue).enqueue(plan)
            let (a, b) = try await (mine, theirs)
            await otherConnection.close()
            for (left, right) in zip(a, b) {
                #expect(left.outcome.jobID == right.outcome.jobID, "\(left.crawl)")
                let enqueued = [left.outcome, right.outcome].filter(\.isNew)
                #expect(enqueued.count == 1, "\(left.crawl)")
            }
            #expect(try await harness.queue.counts().ready == plan.crawls.count)
        }
    }

    @Test("a slot whose previous slot's crawls still wait joins them instead of queueing a second crawl")
    func joinsWaitingCrawl() async throws {
        try await QueueHarness.with { harness in
            let scheduler = Scheduler(queue: harness.queue)
            let morning = try await scheduler.enqueue(try Self.plan("2026-11-23 09:00"))
            let afternoonPlan = try Self.plan("2026-11-23 15:00")
            let afternoon = try await scheduler.enqueue(afternoonPlan)
            #expect(afternoon.map(\.outcome) == morning.map { .joined(jobID: $0.outcome.jobID) })
            #expect(try await harness.queue.counts().ready == morning.count)
            #expect(
                ScheduleReport.summary(afternoonPlan, afternoon).contains("\(morning.count) joined a waiting crawl"))
            // Joined is remembered for the slot too: the afternoon firing again is a duplicate.
            let again = try await scheduler.enqueue(afternoonPlan)
            #expect(again.map(\.outcome) == morning.map { .alreadyEnqueued(jobID: $0.outcome.jobID) })
        }
    }

    @Test("--agency KEIT and the unfiltered run in one slot: neither swallows the other's shared crawls")
    func agencyFilterKeepsItsOwnKeys() async throws {
        try await QueueHarness.with { harness in
            let scheduler = Scheduler(queue: harness.queue)
            let keit = try await scheduler.enqueue(try Self.plan("2026-11-23 09:10", agency: "KEIT"))
            #expect(keit.allSatisfy { $0.outcome.isNew })
            let all = try await scheduler.enqueue(try Self.plan("2026-11-23 09:20"))
            var keitOwn: [String: String] = [:]
            for result in keit where result.crawl.agency == "KEIT" {
                keitOwn[result.crawl.source] = result.outcome.jobID
            }
            #expect(keitOwn.keys.sorted() == ["keit.itech.list", "keit.srome.list"])
            for result in all {
                // KEIT's own boards: the same crawl, already enqueued by the filtered run. IRIS and NTIS for every
                // agency, and the other agencies' boards: enqueued now.
                let expected: SlotEnqueueOutcome =
                    keitOwn[result.crawl.source].map { .alreadyEnqueued(jobID: $0) }
                    ?? .enqueued(jobID: result.outcome.jobID)
                #expect(result.outcome == expected, "\(result.crawl)")
            }
            let jobs = try await harness.drain()
            #expect(jobs.filter { $0.payload["only_agency"] == "KEIT" }.count == 3)
        }
    }
}

extension SlotEnqueueOutcome {
    /// Whether this enqueue made a new job.
    var isNew: Bool {
        switch self {
        case .enqueued: true
        case .alreadyEnqueued, .joined: false
        }
    }
}
