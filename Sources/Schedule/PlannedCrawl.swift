import Foundation
import JobQueue

/// One crawl a slot calls for: a list source (one variant of it), for every agency or for one, with the keys that make
/// a second firing of the timer in the same slot a no-op and keep two crawls of one source from running at once.
public struct PlannedCrawl: Sendable, Hashable, CustomStringConvertible {
    /// The list source's id (`iris.list`).
    public let source: String
    /// The agency whose own source it is; nil for a shared hub's source (IRIS, NTIS) crawled for every agency.
    public let agency: String?
    /// The file the source comes from (`IRIS`, `KEIT` …).
    public let file: String
    /// The variant's label (`ancmPrg=ancmIng`), empty for a source without variants.
    public let variant: String
    /// `--agency`: a shared source's rows are kept only for this agency.
    public let onlyAgency: String?
    public let slot: ScheduleSlot

    public init(source: String, agency: String?, file: String, variant: String, onlyAgency: String?, slot: ScheduleSlot)
    {
        self.source = source
        self.agency = agency
        self.file = file
        self.variant = variant
        self.onlyAgency = onlyAgency
        self.slot = slot
    }

    /// What is crawled, independent of when: `iris.list?ancmPrg=ancmIng@KEIT` (variant after `?`, the agency
    /// filter after `@`), or just the source id.
    public var crawlIdentity: String {
        source + (variant.isEmpty ? "" : "?" + variant) + (onlyAgency.map { "@" + $0 } ?? "")
    }

    /// `schedule:2026-04-01T09:00+09:00:iris.list?ancmPrg=ancmIng`: one per (slot, source, variant, filter). A timer
    /// firing twice in a slot computes the same keys and the queue enqueues nothing new; an `--agency KEIT` run
    /// has keys of its own, so it never swallows the unfiltered slot run (or the reverse).
    public var dedupeKey: String { "schedule:\(slot.id):\(crawlIdentity)" }

    /// `crawl:iris.list?ancmPrg=ancmIng`: the queue runs one crawl per coalesce key at a time and folds a new one
    /// into a crawl still waiting with the same key. The variant is part of it (IRIS's 접수예정 tab must not be folded
    /// into a waiting 접수중 crawl), and so is the agency filter (an unfiltered crawl must not be folded into a
    /// KEIT-only one, which stores only KEIT's rows).
    public var coalesceKey: String { "crawl:\(crawlIdentity)" }

    /// `source [variant] for KEIT`, for output.
    public var description: String {
        source + (variant.isEmpty ? "" : " [\(variant)]") + (onlyAgency.map { " for \($0)" } ?? "")
    }

    /// The job for the queue: a timer-triggered crawl whose payload names the slot, the variant (the worker picks it
    /// from `SourceConfig.variants()` by label) and the agency filter.
    public func job(id: String = Job.newID(), enqueuedAt: Date = Date()) -> Job {
        var payload = ["slot": slot.id]
        if !variant.isEmpty { payload["variant"] = variant }
        if let onlyAgency { payload["only_agency"] = onlyAgency }
        return Job(
            id: id, kind: .crawlSource, agency: agency ?? onlyAgency, source: source, payload: payload,
            trigger: .timer, enqueuedAt: enqueuedAt)
    }
}
