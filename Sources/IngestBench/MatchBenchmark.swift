import Foundation
import Match
import Matcher
import Parse
import PostgresClient
import Store

/// The matcher against the project's PostgreSQL, in a schema of its own: a full run over N organizations × M open
/// synthetic programs (top 50 kept), then a changed run after 100 programs changed. Figures: seconds, pairs scored
/// per second, rows written per second, peak memory.
struct MatchBenchmark {
    let databaseURL: String
    let organizations: Int
    let programs: Int

    func run() async throws {
        try await BenchSchema.with(databaseURL: databaseURL) { db, url in try await measure(db, url: url) }
    }

    private func measure(_ db: PostgresConnection, url: String) async throws {
        let asOf = KoreaTime.instant(LocalDate(year: 2026, month: 3, day: 2)!, hour: 9)
        var synthetic = MatchSynthetic(seed: 20_261_123)
        let generated = try await insertPrograms(db, &synthetic, asOf: asOf)
        try await insertOrganizations(db, &synthetic)

        let recompute = MatchRecompute(databaseURL: url)
        var options = MatchOptions(mode: .full, asOf: asOf, topK: 50, minimumScore: 25, batchSize: 2000)
        options.trigger = .benchmark
        let full = try await recompute.run(options)
        Figure(name: "match.full.seconds", value: full.totalSeconds, unit: "s", target: "<= 180").print()
        for (phase, seconds) in [("load", full.loadSeconds), ("rank", full.rankSeconds), ("write", full.writeSeconds)] {
            Figure(name: "match.full.\(phase)_seconds", value: seconds, unit: "s", target: nil).print()
        }
        Figure(
            name: "match.full.pairs_scored_per_second", value: Double(full.pairsScored) / full.totalSeconds,
            unit: "pairs/s", target: nil
        ).print()
        Figure(name: "match.full.pairs_scored", value: Double(full.pairsScored), unit: "pairs", target: nil).print()
        Figure(
            name: "match.full.rows_written_per_second", value: Double(full.matchesWritten) / full.totalSeconds,
            unit: "rows/s", target: nil
        ).print()
        Figure(name: "match.full.rows_written", value: Double(full.matchesWritten), unit: "rows", target: nil).print()

        // 100 programs change as calls do between two crawls: half have their deadline moved a week, half one
        // title term replaced (an edited title). The store's triggers queue them for the changed run.
        var moved: [Int64] = []
        var edited: [Int64] = []
        var documents: [String] = []
        let encoder = JSONEncoder()
        for (step, index) in stride(from: 1, to: programs, by: max(1, programs / 100)).prefix(100).enumerated() {
            if step % 2 == 0 {
                moved.append(Int64(index))
                continue
            }
            var features = generated[index - 1]
            let sector = Sector.allCases.firstIndex(of: features.sectors[0].sector) ?? 0
            features.titleTerms[0] = MatchSynthetic.term(sector, synthetic.int(0..<40))
            edited.append(Int64(index))
            documents.append(String(decoding: try encoder.encode(features), as: UTF8.self))
        }
        try await db.query(
            """
            UPDATE programs SET application_end = application_end + interval '7 days', content_hash = content_hash || 'm'
            WHERE id = ANY(\(moved)::bigint[])
            """)
        try await db.query(
            """
            UPDATE programs p SET features = x.features::jsonb, content_hash = md5(x.features)
            FROM unnest(\(edited)::bigint[], \(documents)::text[]) AS x (id, features) WHERE p.id = x.id
            """)
        options.mode = .changed
        let changed = try await recompute.run(options)
        Figure(name: "match.changed_100.seconds", value: changed.totalSeconds, unit: "s", target: "<= 30").print()
        for (phase, seconds) in [
            ("load", changed.loadSeconds), ("rank", changed.rankSeconds), ("write", changed.writeSeconds),
        ] {
            Figure(name: "match.changed_100.\(phase)_seconds", value: seconds, unit: "s", target: nil).print()
        }
        Figure(
            name: "match.changed_100.organizations_updated", value: Double(changed.organizationsUpdated),
            unit: "organizations", target: nil
        ).print()
        Figure(
            name: "match.changed_100.organizations_ranked", value: Double(changed.organizationsRanked),
            unit: "organizations", target: nil
        ).print()
        Figure(name: "match.peak_memory", value: PeakMemory.mebibytes(), unit: "MiB", target: nil).print()
    }

    /// The programs' features, in id order.
    private func insertPrograms(_ db: PostgresConnection, _ synthetic: inout MatchSynthetic, asOf: Date) async throws
        -> [ProgramFeatures]
    {
        let encoder = JSONEncoder()
        var rows: [[PostgresBind]] = []
        var generated: [ProgramFeatures] = []
        for index in 1...programs {
            let (features, days) = synthetic.program()
            generated.append(features)
            let json = String(decoding: try encoder.encode(features), as: UTF8.self)
            rows.append([
                Int64(index).postgresBind, Agency.allCases[index % 4].rawValue.postgresBind, "iris.detail".postgresBind,
                String(format: "M%07d", index).postgresBind, "합성 공고 \(index)".postgresBind,
                asOf.addingTimeInterval(Double(days) * 86_400 + 0.5).postgresBind, "h\(index)".postgresBind,
                PostgresJSON(text: json).postgresBind,
            ])
        }
        try await db.copy(
            into: "programs",
            columns: [
                "id", "agency_code", "source_code", "source_item_id", "title", "application_end", "content_hash",
                "features",
            ], rows: rows)
        return generated
    }

    private func insertOrganizations(_ db: PostgresConnection, _ synthetic: inout MatchSynthetic) async throws {
        var rows = CopyTextRows()
        for number in 1...organizations {
            let organization = synthetic.organization(number)
            let locations =
                "["
                + organization.locations.map { #"{"role":"\#($0.role.rawValue)","region":"\#($0.region)"}"# }
                .joined(separator: ",") + "]"
            let experience =
                #"{"projects":\#(organization.rndExperience.projects ?? 0),"collaborations":\#(organization.rndExperience.collaborations ?? 0)}"#
            rows.append([
                organization.name.postgresBind, organization.kind.rawValue.postgresBind,
                organization.scale?.rawValue.postgresBind ?? .null(typeOID: PostgresTypeOID.text),
                organization.industrySector.postgresBind, organization.keyTechnologies.postgresBind,
                organization.trlTarget.map { Int16($0.lowerBound) }.postgresBind,
                organization.trlTarget.map { Int16($0.upperBound) }.postgresBind,
                organization.certifications.postgresBind, PostgresJSON(text: locations).postgresBind,
                PostgresJSON(text: experience).postgresBind,
            ])
        }
        try await db.copy(
            into: "organizations",
            columns: [
                "name", "org_type", "company_scale", "industry_sector", "key_technologies", "trl_target_min",
                "trl_target_max", "certifications", "locations", "rnd_experience",
            ], encoded: rows)
    }
}
