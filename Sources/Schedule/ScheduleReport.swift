import Parse

/// The scheduler's output, one line per crawl and a summary: what systemd's journal shows for each firing.
public enum ScheduleReport {
    /// `slot 2026-04-01 09:00 KST (normal season), all agencies: 9 crawls`.
    public static func header(_ plan: SlotPlan) -> String {
        "slot \(plan.slot), \(plan.onlyAgency.map { "agency \($0)" } ?? "all agencies"): "
            + "\(plan.crawls.count) crawl\(plan.crawls.count == 1 ? "" : "s")"
    }

    /// `enqueued          iris.list [ancmPrg=ancmIng]  job 19a…`.
    public static func line(_ result: ScheduledCrawl) -> String {
        let word: String
        let note: String
        switch result.outcome {
        case .enqueued: (word, note) = ("enqueued", "")
        case .alreadyEnqueued: (word, note) = ("already enqueued", " (this slot's job)")
        case .joined: (word, note) = ("joined", " (a crawl of this source was already waiting)")
        }
        return "\(pad(word, 17)) \(pad(result.crawl.description, 38)) job \(result.outcome.jobID)\(note)"
    }

    /// `would enqueue     iris.list [ancmPrg=ancmIng]  dedupe schedule:… coalesce crawl:…` (`--dry-run`).
    public static func plannedLine(_ crawl: PlannedCrawl) -> String {
        "\(pad("would enqueue", 17)) \(pad(crawl.description, 38)) dedupe \(crawl.dedupeKey)  "
            + "coalesce \(crawl.coalesceKey)"
    }

    /// `schedule: slot 2026-04-01 09:00 KST: 7 enqueued, 1 already enqueued, 1 joined a waiting crawl`.
    public static func summary(_ plan: SlotPlan, _ results: [ScheduledCrawl]) -> String {
        var enqueued = 0
        var already = 0
        var joined = 0
        for result in results {
            switch result.outcome {
            case .enqueued: enqueued += 1
            case .alreadyEnqueued: already += 1
            case .joined: joined += 1
            }
        }
        let verdict: String
        if results.isEmpty {
            verdict = "nothing to crawl"
        } else if enqueued == results.count {
            verdict = "slot enqueued"
        } else if already == results.count {
            verdict = "slot already enqueued"
        } else if enqueued == 0 {
            verdict = "nothing new to enqueue"
        } else {
            verdict = "slot enqueued (partly before)"
        }
        return "schedule: \(verdict): slot \(KoreaTime.minuteText(plan.slot.start)) KST: \(enqueued) enqueued, "
            + "\(already) already enqueued, \(joined) joined a waiting crawl"
    }

    /// `schedule: dry run: slot 2026-04-01 09:00 KST: 9 crawls planned, nothing enqueued`.
    public static func dryRunSummary(_ plan: SlotPlan) -> String {
        "schedule: dry run: slot \(KoreaTime.minuteText(plan.slot.start)) KST: \(plan.crawls.count) crawl"
            + "\(plan.crawls.count == 1 ? "" : "s") planned, nothing enqueued"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
