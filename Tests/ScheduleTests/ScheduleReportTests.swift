import Foundation
import Parse
import Schedule
import Testing

/// What the journal shows for each firing: one line per crawl saying what happened to it, and a summary.
@Suite("ScheduleReport: the scheduler's output")
struct ScheduleReportTests {
    static func plan() throws -> SlotPlan {
        let slot = ScheduleCalendar.standard.slot(at: try #require(KoreaTime.parseInstant("2027-03-02 18:20")))
        return try SlotPlan(configs: try SlotPlanTests.agencyFiles(), slot: slot, agency: "KIMST")
    }

    @Test("per crawl: enqueued, already enqueued or joined, with the job")
    func lines() throws {
        let crawl = try #require(try Self.plan().crawls.first { $0.source == "iris.list" })
        let enqueued = ScheduleReport.line(ScheduledCrawl(crawl: crawl, outcome: .enqueued(jobID: "j1")))
        #expect(enqueued.hasPrefix("enqueued "))
        #expect(enqueued.contains("iris.list [ancmPrg=ancmIng] for KIMST"))
        #expect(enqueued.hasSuffix("job j1"))
        let already = ScheduleReport.line(ScheduledCrawl(crawl: crawl, outcome: .alreadyEnqueued(jobID: "j1")))
        #expect(already.hasPrefix("already enqueued "))
        let joined = ScheduleReport.line(ScheduledCrawl(crawl: crawl, outcome: .joined(jobID: "j0")))
        #expect(joined.hasPrefix("joined ") && joined.contains("job j0"))
        #expect(ScheduleReport.plannedLine(crawl).contains("dedupe schedule:2027-03-02T18:00+09:00:iris.list"))
    }

    @Test("the summary says whether the slot was enqueued now, before, or partly before")
    func summary() throws {
        let plan = try Self.plan()
        #expect(ScheduleReport.header(plan) == "slot 2027-03-02 18:00 KST (peak season), agency KIMST: 5 crawls")
        let crawls = plan.crawls
        let fresh = crawls.map { ScheduledCrawl(crawl: $0, outcome: .enqueued(jobID: $0.source)) }
        #expect(
            ScheduleReport.summary(plan, fresh)
                == "schedule: slot enqueued: slot 2027-03-02 18:00 KST: 5 enqueued, 0 already enqueued, "
                + "0 joined a waiting crawl")
        let again = crawls.map { ScheduledCrawl(crawl: $0, outcome: .alreadyEnqueued(jobID: $0.source)) }
        #expect(ScheduleReport.summary(plan, again).hasPrefix("schedule: slot already enqueued: "))
        let mixed = [ScheduledCrawl(crawl: crawls[0], outcome: .joined(jobID: "x"))] + fresh.dropFirst()
        #expect(ScheduleReport.summary(plan, mixed).contains("partly before"))
        let joined = crawls.map { ScheduledCrawl(crawl: $0, outcome: .joined(jobID: $0.source)) }
        #expect(
            ScheduleReport.summary(plan, joined)
                == "schedule: nothing new to enqueue: slot 2027-03-02 18:00 KST: 0 enqueued, 0 already enqueued, "
                + "5 joined a waiting crawl")
        #expect(
            ScheduleReport.dryRunSummary(plan)
                == "schedule: dry run: slot 2027-03-02 18:00 KST: 5 crawls planned, nothing enqueued")
    }
}
