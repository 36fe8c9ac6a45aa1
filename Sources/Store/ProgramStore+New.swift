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
    }

    /// Stores sightings that no source row knows yet; appends to `outcome.new` / `outcome.merged`.
    func storeNew(_ sightings: [(Program, StoredRecord)], runID: Int64?, outcome: inout Outcome) async throws {
        guard !sightings.isEmpty else { return }
        let existing = try await candidates(for: sightings)
        // Only sightings sharing a comparable title or an IRIS id can be one call (see MergeRules), so candidates and
        // groups are looked up by those keys, not compared pairwise across the batch.
        var existingByKey: [String: [Existing]] = [:]
        for candidate in existing {
            for key in Self.mergeKeys(candidate.program) { existingByKey[key, default: []].append(candidate) }
        }
        var groups: [[Int]] = []
        var groupsByKey: [String: [Int]] = [:]
        var joins: [Int: Int64] = [:]
        for (index, (program, _)) in sightings.enumerated() {
            let keys = Self.mergeKeys(program)
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
        try await insertSources(sightings, programs: joins, runID: runID)
    }

    /// The keys a program can be merged by: its agency with its comparable title, and its IRIS id.
    static func mergeKeys(_ program: Program) -> [String] {
        let agency = program.agency?.rawValue ?? ""
        var keys = [agency + "\u{1}" + MergeRules.comparableTitle(program.title)]
        if let iris = MergeRules.irisID(program) { keys.append("iris\u{1}" + iris) }
        return keys
    }

    /// The agency's programs with the same comparable title or IRIS id as any of the sightings.
    private func candidates(for sightings: [(Program, StoredRecord)]) async throws -> [Existing] {
        let agencies = sightings.map { $0.0.agency?.rawValue ?? "" }
        let titles = sightings.map(\.1.matchTitle)
        let irisIDs = sightings.compactMap(\.1.irisID)
        let rows = try await connection.query(
            """
            SELECT id, agency_code, source_code, source_item_id, title, announcement_number, posted_on::text AS posted_on,
                business_name, iris_id
            FROM programs
            WHERE (agency_code, match_title) IN (SELECT * FROM unnest(\(agencies)::text[], \(titles)::text[]))
                OR iris_id = ANY(\(irisIDs)::text[])
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
            return Existing(id: try row.decode(Int64.self, "id"), program: program)
        }
    }

    /// One INSERT for every new program, from a JSON array of rows; ids in the order given.
    private func insertPrograms(_ programs: [(Program, StoredRecord)]) async throws -> [Int64] {
        guard !programs.isEmpty else { return [] }
        var rows: [[String: Any]] = []
        for (position, (program, record)) in programs.enumerated() {
            let fields = record.fields
            var row: [String: Any] = [
                "position": position, "agency_code": program.agency?.rawValue ?? "", "source_code": program.source,
                "source_item_id": program.sourceID, "title": fields.title, "kind": fields.kind,
                "kind_rule": program.kindRule, "closing_time_given": fields.closingTimeGiven,
                "open_ended": fields.openEnded, "eligible_org_types": fields.eligibleOrgTypes,
                "regions": fields.regions, "keywords": program.keywords, "fields": fields.fields,
                "attachments": try Self.jsonValue(fields.attachments), "content_hash": record.hash,
                "record": try Self.jsonValue(fields), "match_title": record.matchTitle,
            ]
            row["announcement_number"] = fields.announcementNumber
            row["ministry"] = fields.ministry
            row["announcing_agency"] = fields.announcingAgency
            row["call_type"] = fields.callType
            row["posted_on"] = fields.postedOn
            row["application_start"] = fields.applicationStart
            row["application_end"] = fields.applicationEnd
            row["period_text"] = fields.periodText
            row["budget_total_krw"] = fields.budgetTotalKRW
            row["budget_per_project_krw"] = fields.budgetPerProjectKRW
            row["budget_text"] = fields.budgetText
            row["trl_min"] = fields.trlMin
            row["trl_max"] = fields.trlMax
            row["contact"] = try fields.contact.map { try Self.jsonValue($0) }
            row["detail_url"] = fields.detailURL
            row["body_text"] = program.bodyText
            row["business_name"] = program.businessName
            row["iris_id"] = record.irisID
            rows.append(row)
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.withoutEscapingSlashes])
        let inserted = try await connection.query(
            """
            INSERT INTO programs (agency_code, source_code, source_item_id, announcement_number, title, ministry,
                announcing_agency, kind, kind_rule, call_type, posted_on, application_start, application_end,
                closing_time_given, period_text, open_ended, budget_total_krw, budget_per_project_krw, budget_text,
                eligible_org_types, regions, keywords, fields, trl_min, trl_max, attachments, contact, detail_url,
                body_text, content_hash, record, match_title, business_name, iris_id)
            SELECT agency_code, source_code, source_item_id, announcement_number, title, ministry, announcing_agency,
                kind, kind_rule, call_type, posted_on, application_start, application_end, closing_time_given,
                period_text, open_ended, budget_total_krw, budget_per_project_krw, budget_text, eligible_org_types,
                regions, keywords, fields, trl_min, trl_max, attachments, contact, detail_url, body_text, content_hash,
                record, match_title, business_name, iris_id
            FROM jsonb_to_recordset(\(PostgresJSON(text: String(decoding: data, as: UTF8.self)))) AS x (
                position int, agency_code text, source_code text, source_item_id text, announcement_number text,
                title text, ministry text, announcing_agency text, kind text, kind_rule text, call_type text,
                posted_on date, application_start timestamptz, application_end timestamptz,
                closing_time_given boolean, period_text text, open_ended boolean, budget_total_krw bigint,
                budget_per_project_krw bigint, budget_text text, eligible_org_types text[], regions text[],
                keywords text[], fields text[], trl_min smallint, trl_max smallint, attachments jsonb, contact jsonb,
                detail_url text, body_text text, content_hash text, record jsonb, match_title text,
                business_name text, iris_id text)
            ORDER BY position
            RETURNING id, source_code, source_item_id
            """)
        var ids: [String: Int64] = [:]
        for row in inserted {
            let key = try row.decode(String.self, "source_code") + "\u{1}" + row.decode(String.self, "source_item_id")
            ids[key] = try row.decode(Int64.self, "id")
        }
        return try programs.map { program, _ in
            guard let id = ids[program.source + "\u{1}" + program.sourceID] else {
                throw StoreError(message: "the insert returned no id for \(program.source) \(program.sourceID)")
            }
            return id
        }
    }

    /// One INSERT for the sightings' source rows; existing programs they joined get their IRIS id when they had none.
    private func insertSources(
        _ sightings: [(Program, StoredRecord)], programs: [Int: Int64], runID: Int64?
    ) async throws {
        var rows: [[String: Any]] = []
        for (index, (program, record)) in sightings.enumerated() {
            guard let id = programs[index] else { continue }
            var row: [String: Any] = [
                "program_id": id, "source_code": program.source, "source_item_id": program.sourceID,
                "content_hash": record.hash,
            ]
            row["url"] = program.detailURL
            row["iris_id"] = record.irisID
            rows.append(row)
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.withoutEscapingSlashes])
        let json = PostgresJSON(text: String(decoding: data, as: UTF8.self))
        try await connection.query(
            """
            INSERT INTO program_sources (program_id, source_code, source_item_id, url, content_hash, last_run_id)
            SELECT program_id, source_code, source_item_id, url, content_hash, \(runID)
            FROM jsonb_to_recordset(\(json)) AS x (
                program_id bigint, source_code text, source_item_id text, url text, content_hash text)
            """)
        try await connection.query(
            """
            UPDATE programs SET iris_id = x.iris_id, last_seen_at = now()
            FROM jsonb_to_recordset(\(json)) AS x (program_id bigint, iris_id text)
            WHERE programs.id = x.program_id AND programs.iris_id IS NULL AND x.iris_id IS NOT NULL
            """)
    }

    static func jsonValue(_ value: some Encodable) throws -> Any {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try JSONSerialization.jsonObject(with: encoder.encode(value), options: [.fragmentsAllowed])
    }
}

/// A store invariant that did not hold.
struct StoreError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
