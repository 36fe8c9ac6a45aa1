import ArgumentParser
import Foundation
import IngestConfig
import JobQueue
import Parse
import Schedule

/// `connect-ingest schedule`: what the timers run. Computes the current slot in Korea time and enqueues one crawl
/// job per list source (and variant) for it; a second firing in the same slot enqueues nothing new and still exits 0,
/// so systemd never marks a duplicate firing as failed.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Enqueue the current slot's crawls (one job per list source and variant); run by the timers.",
        discussion: """
            The current slot is the latest slot start at or before now in Korea time (schedule.slots, 09:00 and \
            15:00; schedule.peak_slots, 09:00, 12:00, 15:00 and 18:00, in schedule.peak_months, 1-3): a host that \
            boots after a slot still enqueues it. Each crawl's dedupe key is (slot, source, variant, agency filter), \
            so running it twice in a slot enqueues nothing new. Needs the agency files and the queue Redis \
            (redis.queue_url). Exit 0 when the slot is enqueued or already was.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only this agency (IITP, KEIT, TIPA, KIMST): its own sources and IRIS/NTIS filtered to it.")
    var agency: String?

    @Option(
        help: ArgumentHelp(
            "Compute the slot at this instant instead of now: ISO 8601 (2026-04-01T09:00:00+09:00) or "
                + "'YYYY-MM-DD HH:MM' in Korea time.", valueName: "time"))
    var at: String?

    @Flag(help: "Print the plan (crawls, dedupe and coalesce keys) without enqueuing anything.")
    var dryRun = false

    func validate() throws {
        if let at, KoreaTime.parseInstant(at) == nil {
            throw ValidationError(
                "--at '\(at)' is neither an ISO 8601 instant (2026-04-01T09:00:00+09:00) nor 'YYYY-MM-DD HH:MM' (KST)")
        }
    }

    func run() async throws {
        let settings = try options.loadSettings()
        try await TimerRunMetrics.recording("schedule", settings) { try await execute(settings) }
    }

    private func execute(_ settings: IngestSettings) async throws {
        let calendar: ScheduleCalendar
        do {
            calendar = try ScheduleCalendar(
                slots: settings.text(.scheduleSlots), peakSlots: settings.text(.schedulePeakSlots),
                peakMonths: settings.text(.schedulePeakMonths))
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.configuration)
        }
        let instant = at.flatMap(KoreaTime.parseInstant) ?? Date()
        let configs = try AgencyFilesLoader.load(settings.agenciesDirectory)
        let plan: SlotPlan
        do {
            plan = try SlotPlan(configs: configs, slot: calendar.slot(at: instant), agency: agency)
        } catch {
            Terminal.error("error: --agency: \(error.message)")
            throw ExitCode.validationFailure
        }
        Terminal.line(ScheduleReport.header(plan))
        if dryRun {
            for crawl in plan.crawls { Terminal.line(ScheduleReport.plannedLine(crawl)) }
            Terminal.line(ScheduleReport.dryRunSummary(plan))
            return
        }
        let redis = try await Services.redis(settings)
        let results: [ScheduledCrawl]
        do {
            results = try await Scheduler(queue: JobQueue(connection: redis)).enqueue(plan) { result in
                Terminal.line(ScheduleReport.line(result))
            }
        } catch {
            Terminal.error("error: \(error)")
            Terminal.error("schedule: slot \(plan.slot) not fully enqueued; run it again (with --at) to finish")
            await redis.close()
            throw ExitCode(ExitStatus.unavailable)
        }
        await redis.close()
        Terminal.line(ScheduleReport.summary(plan, results))
    }
}
