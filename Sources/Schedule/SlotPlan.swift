import Foundation
import Parse

/// The crawls one slot calls for, from the agency files: every enabled agency's own enabled list sources, and the
/// shared hubs' (IRIS, NTIS) list sources once for all agencies, one crawl per variant. Detail sources are never
/// scheduled: crawls follow them from their lists.
public struct SlotPlan: Sendable, Hashable {
    public let slot: ScheduleSlot
    /// `--agency`: that agency's own sources plus the shared ones, filtered to it.
    public let onlyAgency: String?
    /// In agency-file order (files sorted by name, sources as written), variants in `SourceConfig.variants()` order.
    public let crawls: [PlannedCrawl]

    /// - Parameters:
    ///   - configs: the agency files as `AgencyConfigLoader.loadDirectory` returns them.
    ///   - agency: an agency code (`KEIT`, any case), or nil for every agency.
    /// - Throws: `ScheduleError` (`.unknownAgency`) when `agency` names no enabled agency file that is not a hub.
    public init(configs: [AgencyConfig], slot: ScheduleSlot, agency: String? = nil) throws(ScheduleError) {
        let only = agency?.trimmingCharacters(in: .whitespaces).uppercased()
        if let only {
            let agencies = configs.filter { !$0.shared }
            guard let config = agencies.first(where: { $0.code.uppercased() == only }) else {
                let known = agencies.filter(\.enabled).map(\.code).sorted().joined(separator: ", ")
                throw ScheduleError(
                    code: .unknownAgency, message: "no agency file has code \"\(agency ?? "")\" (agencies: \(known))")
            }
            guard config.enabled else {
                throw ScheduleError(
                    code: .unknownAgency,
                    message: "agency \(config.code) is disabled in \(config.file) (enabled = false)")
            }
        }
        var crawls: [PlannedCrawl] = []
        for config in configs where config.enabled {
            if !config.shared, let only, config.code.uppercased() != only { continue }
            for source in config.sources where source.enabled && source.kind.isList {
                for variant in source.variants() {
                    crawls.append(
                        PlannedCrawl(
                            source: source.id, agency: config.shared ? nil : config.code, file: config.code,
                            variant: variant.variantLabel, onlyAgency: config.shared ? only : nil, slot: slot))
                }
            }
        }
        self.slot = slot
        self.onlyAgency = only
        self.crawls = crawls
    }
}
