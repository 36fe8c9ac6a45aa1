import Foundation
import JobQueue
import Parse
import Schedule
import TestSupport
import Testing

/// Which crawls a slot calls for, from the checked-in agency files.
@Suite("SlotPlan: which sources a slot crawls")
struct SlotPlanTests {
    static func agencyFiles() throws -> [AgencyConfig] {
        try AgencyConfigLoader(parsers: ParserRegistry.rules).loadDirectory(
            ServiceURLs.checkoutRoot.appendingPathComponent("agencies").path)
    }

    static func slot(_ text: String) throws -> ScheduleSlot {
        ScheduleCalendar.standard.slot(at: try #require(KoreaTime.parseInstant(text)))
    }

    @Test("all agencies: every enabled list source once, IRIS once per tab, NTIS once, no detail source")
    func allAgencies() throws {
        let configs = try Self.agencyFiles()
        let plan = try SlotPlan(configs: configs, slot: try Self.slot("2026-11-23 09:05"))
        #expect(plan.onlyAgency == nil)
        #expect(
            plan.crawls.map(\.crawlIdentity) == [
                "iitp.ezone.list", "iris.list?ancmPrg=ancmIng", "iris.list?ancmPrg=ancmPre", "keit.itech.list",
                "keit.srome.list", "kimst.business.list", "kimst.notice.list", "ntis.list", "tipa.smtech.list",
                "tipa.notice.list",
            ])
        // The same rule, read off the files: enabled list sources of enabled files, one crawl per variant.
        let expected = configs.filter(\.enabled).flatMap { config in
            config.sources.filter { $0.enabled && $0.kind.isList }.flatMap { $0.variants() }
        }
        #expect(plan.crawls.map(\.source) == expected.map(\.id))
        #expect(plan.crawls.map(\.variant) == expected.map(\.variantLabel))
        let shared = Set(configs.filter(\.shared).flatMap(\.sources).map(\.id))
        for crawl in plan.crawls {
            #expect((crawl.agency == nil) == shared.contains(crawl.source), "\(crawl)")
            #expect(crawl.onlyAgency == nil)
        }
    }

    @Test("--agency KEIT: KEIT's own list sources, and IRIS and NTIS filtered to KEIT")
    func oneAgency() throws {
        let configs = try Self.agencyFiles()
        let slot = try Self.slot("2026-11-23 09:05")
        let plan = try SlotPlan(configs: configs, slot: slot, agency: "keit")
        #expect(plan.onlyAgency == "KEIT")
        #expect(
            plan.crawls.map(\.crawlIdentity) == [
                "iris.list?ancmPrg=ancmIng@KEIT", "iris.list?ancmPrg=ancmPre@KEIT", "keit.itech.list",
                "keit.srome.list", "ntis.list@KEIT",
            ])
        for crawl in plan.crawls {
            let job = crawl.job()
            #expect(job.agency == "KEIT")
            #expect(job.payload["only_agency"] == (crawl.agency == nil ? "KEIT" : nil), "\(crawl)")
        }
        // KEIT's own crawls are the unfiltered run's crawls (same keys); the shared ones are not.
        let all = try SlotPlan(configs: configs, slot: slot)
        let allKeys = Set(all.crawls.map(\.dedupeKey))
        for crawl in plan.crawls {
            #expect(allKeys.contains(crawl.dedupeKey) == (crawl.agency == "KEIT"), "\(crawl)")
        }
    }

    @Test("--agency must name an enabled agency file that is not a hub")
    func unknownAgency() throws {
        var configs = try Self.agencyFiles()
        let slot = try Self.slot("2026-11-23 09:05")
        for name in ["ABC", "IRIS", "ntis", ""] {
            #expect {
                try SlotPlan(configs: configs, slot: slot, agency: name)
            } throws: { error in
                (error as? ScheduleError)?.code == .unknownAgency
            }
        }
        let tipa = try #require(configs.firstIndex { $0.code == "TIPA" })
        configs[tipa].enabled = false
        #expect {
            try SlotPlan(configs: configs, slot: slot, agency: "TIPA")
        } throws: { error in
            (error as? ScheduleError)?.code == .unknownAgency && "\(error)".contains("disabled")
        }
    }

    @Test("disabled agencies and disabled sources are not crawled")
    func disabled() throws {
        var configs = try Self.agencyFiles()
        let tipa = try #require(configs.firstIndex { $0.code == "TIPA" })
        configs[tipa].enabled = false
        let iris = try #require(configs.firstIndex { $0.code == "IRIS" })
        let irisList = try #require(configs[iris].sources.firstIndex { $0.id == "iris.list" })
        configs[iris].sources[irisList].enabled = false
        let plan = try SlotPlan(configs: configs, slot: try Self.slot("2026-11-23 09:05"))
        #expect(!plan.crawls.contains { $0.source.hasPrefix("tipa.") || $0.source == "iris.list" })
        #expect(plan.crawls.contains { $0.source == "ntis.list" })
    }

    @Test("keys: one dedupe key per (slot, source, variant, filter); coalesce keys do not depend on the slot")
    func keys() throws {
        let configs = try Self.agencyFiles()
        let nine = try SlotPlan(configs: configs, slot: try Self.slot("2026-11-23 09:00"))
        let ninePastTen = try SlotPlan(configs: configs, slot: try Self.slot("2026-11-23 10:00"))
        let three = try SlotPlan(configs: configs, slot: try Self.slot("2026-11-23 15:00"))
        #expect(Set(nine.crawls.map(\.dedupeKey)).count == nine.crawls.count)
        #expect(nine.crawls.map(\.dedupeKey) == ninePastTen.crawls.map(\.dedupeKey))
        #expect(Set(nine.crawls.map(\.dedupeKey)).isDisjoint(with: three.crawls.map(\.dedupeKey)))
        #expect(nine.crawls.map(\.coalesceKey) == three.crawls.map(\.coalesceKey))
        let iris = try #require(nine.crawls.first { $0.variant == "ancmPrg=ancmPre" })
        #expect(iris.dedupeKey == "schedule:2026-11-23T09:00+09:00:iris.list?ancmPrg=ancmPre")
        #expect(iris.coalesceKey == "crawl:iris.list?ancmPrg=ancmPre")
        let keit = try SlotPlan(configs: configs, slot: try Self.slot("2026-11-23 09:00"), agency: "KEIT")
        let ntis = try #require(keit.crawls.first { $0.source == "ntis.list" })
        #expect(ntis.dedupeKey == "schedule:2026-11-23T09:00+09:00:ntis.list@KEIT")
        #expect(ntis.coalesceKey == "crawl:ntis.list@KEIT")
    }

    @Test("the job: a timer crawl of the source whose payload names the slot and a variant the worker can find")
    func job() throws {
        let configs = try Self.agencyFiles()
        let plan = try SlotPlan(configs: configs, slot: try Self.slot("2027-01-05 12:01"))
        let sources = Dictionary(uniqueKeysWithValues: configs.flatMap(\.sources).map { ($0.id, $0) })
        for crawl in plan.crawls {
            let job = crawl.job()
            #expect(job.kind == .crawlSource)
            #expect(job.trigger == .timer)
            #expect(job.source == crawl.source)
            #expect(job.payload["slot"] == "2027-01-05T12:00+09:00")
            let source = try #require(sources[crawl.source])
            let label = job.payload["variant"] ?? ""
            #expect(source.variants().contains { $0.variantLabel == label }, "\(crawl)")
        }
    }
}
