import Foundation
import Parse
import PostgresClient

/// New sightings, the bulk of a first crawl, stored set-wise: candidates for all of them in one query, the merge rules
/// applied in memory (also between sightings of the same batch), then one INSERT for the new programs and one for
/// all the sightings' source rows. Round trips per batch instead of per program.
extension ProgramStore {
    struct Existing {
        let id: Int64
        let program: Program
        let matchTitle: String
    }

    /// Stores sightings that no source row knows yet; appends to `outcome.new` / `outcome.merged`.
    func storeNew(_ sightings: [(Program, StoredRecord)], runID: Int64?, outcome: inout Outcome) async throws {
        guard !sightings.isEmpty else { return }
        let existing = try await candidates(for: sightings)
        // Only sightings sharing a comparable title or an IRIS id can be one call (see MergeRules), so candidates and
        // groups are looked up by those keys, not compared pairwise across the batch.
        var existingByKey: [String: [Existing]] = [:]
        for candidate in existing {
            for key in Self.mergeKeys(candidate.program, matchTitle: candidate.matchTitle) {
                existingByKey[key, default: []].append(candidate)
            }
        }
        var groups: [[Int]] = []
        var groupsByKey: [String: [Int]] = [:]
        var joins: [Int: Int64] = [:]
        for (index, (program, record)) in sightings.enumerated() {
            let keys = Self.mergeKeys(program, matchTitle: record.matchTitle)
            let nearby = keys.flatMap { existingByKey[$0] ?? [] }
            if let match = nearby.first(where: { MergeRules.reason($0.program, program) != nil }) {
                joins[index] = match.id
                continue
            }
            let nearbyGroups = Set(keys.flatMap { groupsByKey[$0] ?? [] }).sorted()
            if let group = nearbyGroups.first(where: { group in
                groups[group].contains { MergeRules.reason(sightings[$0].0, program) != nil }
            }) {
                groups[group].append(index)
            } else {
                groups.append([index])
                for key in keys { groupsByKey[key, default: []].append(groups.count - 1) }
            }
        }
        let leaders = groups.map { sightings[$0[0]] }
        let inserted = try await insertPrograms(leaders)
        for (group, id) in zip(groups, inserted) {
            for member in group { joins[member] = id }
            outcome.new.append(sightings[group[0]].0.title)
            outcome.merged += group.dropFirst().map { sightings[$0].0.title }
        }
        for (index, _) in joins where !groups.contains(where: { $0.contains(index) }) {
            outcome.merged.append(sightings[index].0.title)
        }
        let insertedWithIRIS = Set(zip(leaders, inserted).filter { $0.0.1.irisID != nil }.map(\.1))
        try await insertSources(sightings, programs: joins, withIRIS: insertedWithIRIS, runID: runID)
    }

    /// The keys a program can be merged by: its agency with its comparable title, and its IRIS id.
    static func mergeKeys(_ program: Program, matchTitle: String) -> [String] {
        let agency = program.agency?.rawValue ?? ""
        var keys = [agency + "\u{1}" + matchTitle]
        if let iris = MergeRules.irisID(program) { keys.append("iris\u{1}" + iris) }
        return keys
    }

    /// The agency's programs with the same comparable title or IRIS id as any of the sightings.
    private func candidates(for sightings: [(Program, StoredRecord)]) async throws -> [Existing] {
        // Two index lookups joined by UNION: an OR of the two conditions made the planner scan the whole table.
        var keys = Set<[String]>()
        for (program, record) in sightings { keys.insert([program.agency?.rawValue ?? "", record.matchTitle]) }
        let agencies = keys.map { $0[0] }
        let titles = keys.map { $0[1] }
        let irisIDs = Array(Set(sightings.compactMap(\.1.irisID)))
        let rows = try await connection.query(
            """
            SELECT p.id, p.agency_code, p.source_code, p.source_item_id, p.title, p.announcement_number,
                p.posted_on::text AS posted_on, p.business_name, p.iris_id, p.match_title
            FROM programs p JOIN unnest(\(agencies)::text[], \(titles)::text[]) AS k (agency_code, match_title)
                ON p.agency_code = k.agency_code AND p.match_title = k.match_title
            UNION
            SELECT id, agency_code, source_code, source_item_id, title, announcement_number, posted_on::text,
                business_name, iris_id, match_title
            FROM programs WHERE iris_id = ANY(\(irisIDs)::text[])
            ORDER BY id
            """)
        return try rows.map { row in
            var program = Program(
                agency: Agency(rawValue: try row.decode(String.self, "agency_code")),
                source: try row.decode(String.self, "source_code"),
                sourceID: try row.decode(String.self, "source_item_id"), title: try row.decode(String.self, "title"))
            program.announcementNumber = try row.decode(String?.self, "announcement_number")
            program.postedOn = try row.decode(String?.self, "posted_on").flatMap(LocalDate.init(iso:))
            program.businessName = try row.decode(String?.self, "business_name")
            if let iris = try row.decode(String?.self, "iris_id") { program.crossReferences["iris"] = iris }
            return Existing(
                id: try row.decode(Int64.self, "id"), program: program,
                matchTitle: try row.decode(String.self, "match_title"))
        }
    }

    /// Every new program in one COPY, with ids taken from the identity's sequence first (in the order given), so the
    /// batch's source rows can name them without a round trip per program.
    private func insertPrograms(_ programs: [(Program, StoredRecord)]) async throws -> [Int64] {
        guard !programs.isEmpty else { return [] }
        let ids = try await connection.query(
            """
            SELECT nextval(pg_get_serial_sequence('programs', 'id')) AS id
            FROM generate_series(1, \(programs.count))
            """
        ).map { try $0.decode(Int64.self, "id") }
        let rows = zip(ids, programs).map { id, sighting -> [PostgresBind] in
            let (program, record) = sighting
            let fields = record.fields
            return [
                id.postgresBind, (program.agency?.rawValue ?? "").postgresBind, program.source.postgresBind,
                program.sourceID.postgresBind, fields.announcementNumber.postgresBind, fields.title.postgresBind,
                fields.ministry.postgresBind, fields.announcingAgency.postgresBind, fields.kind.postgresBind,
                program.kindRule.postgresBind, fields.callType.postgresBind, fields.postedOn.postgresBind,
                fields.applicationStart.postgresBind, fields.applicationEnd.postgresBind,
                fields.closingTimeGiven.postgresBind, fields.periodText.postgresBind, fields.openEnded.postgresBind,
                fields.budgetTotalKRW.postgresBind, fields.budgetPerProjectKRW.postgresBind,
                fields.budgetText.postgresBind, fields.eligibleOrgTypes.postgresBind, fields.regions.postgresBind,
                program.keywords.postgresBind, fields.fields.postgresBind, fields.trlMin.map { Int16($0) }.postgresBind,
                fields.trlMax.map { Int16($0) }.postgresBind, PostgresJSON(text: fields.attachmentsJSON).postgresBind,
                fields.contactJSON.map { PostgresJSON(text: $0) }.postgresBind, fields.detailURL.postgresBind,
                program.bodyText.postgresBind, record.hash.postgresBind, record.json.postgresBind,
                record.matchTitle.postgresBind, program.businessName.postgresBind, record.irisID.postgresBind,
            ]
        }
        try await connection.copy(
            into: "programs",
            columns: [
                "id", "agency_code", "source_code", "source_item_id", "announcement_number", "title", "ministry",
                "announcing_agency", "kind", "kind_rule", "call_type", "posted_on", "application_start",
                "application_end", "closing_time_given", "period_text", "open_ended", "budget_total_krw",
                "budget_per_project_krw", "budget_text", "eligible_org_types", "regions", "keywords", "fields",
                "trl_min", "trl_max", "attachments", "contact", "detail_url", "body_text", "content_hash", "record",
                "match_title", "business_name", "iris_id",
            ],
            rows: rows)
        return ids
    }

    /// One COPY for the sightings' source rows; existing programs they joined get their IRIS id when they had none
    /// (`withIRIS`: programs this batch inserted with one already).
    private func insertSources(
        _ sightings: [(Program, StoredRecord)], programs: [Int: Int64], withIRIS: Set<Int64>, runID: Int64?
    ) async throws {
        var rows: [[PostgresBind]] = []
        var irisPrograms: [Int64] = []
        var irisIDs: [String] = []
        for (index, (program, record)) in sightings.enumerated() {
            guard let id = programs[index] else { continue }
            rows.append([
                id.postgresBind, program.source.postgresBind, program.sourceID.postgresBind,
                program.detailURL.postgresBind, record.hash.postgresBind, runID.postgresBind,
            ])
            if let iris = record.irisID, !withIRIS.contains(id) {
                irisPrograms.append(id)
                irisIDs.append(iris)
            }
        }
        try await connection.copy(
            into: "program_sources",
            columns: ["program_id", "source_code", "source_item_id", "url", "content_hash", "last_run_id"], rows: rows)
        guard !irisPrograms.isEmpty else { return }
        try await connection.query(
            """
            UPDATE programs SET iris_id = x.iris_id
            FROM unnest(\(irisPrograms)::bigint[], \(irisIDs)::text[]) AS x (program_id, iris_id)
            WHERE programs.id = x.program_id AND programs.iris_id IS NULL
            """)
    }
}

/// A store invariant that did not hold.
struct StoreError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
