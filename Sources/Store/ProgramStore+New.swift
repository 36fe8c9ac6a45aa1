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

    /// Stores the sightings at `fresh` in `batch`, which no source row knows yet; appends to `outcome.new` /
    /// `outcome.merged`.
    func storeNew(_ fresh: [Int], of batch: PreparedBatch, runID: Int64?, outcome: inout Outcome) async throws {
        guard !fresh.isEmpty else { return }
        let (programs, records) = (batch.programs, batch.records)
        // Encoding the new programs' rows is the largest share of the store's own work on a fresh batch: unless the
        // batch came with them, it runs on another core while the database looks up candidates and hands out ids.
        // A sighting that joins another program wastes its row, which is rare.
        async let encodedRows = batch.rows == nil ? Self.programRows(fresh, of: batch) : []
        let existing = try await candidates(for: fresh.map { records[$0] })
        // Only sightings sharing a merge key can be one call, so candidates and groups are looked up by those keys,
        // not compared pairwise across the batch.
        var existingByKey: [Int64: [Existing]] = [:]
        for candidate in existing {
            var keys = [MergeKey.title(candidate.program, matchTitle: candidate.matchTitle)]
            if let iris = MergeRules.irisID(candidate.program) { keys.append(.iris(iris)) }
            for key in keys { existingByKey[key.number, default: []].append(candidate) }
        }
        var groups: [[Int]] = []
        var groupsByKey: [Int64: [Int]] = [:]
        var joins: [Int: Int64] = [:]
        for index in fresh {
            let program = programs[index]
            let keys = records[index].mergeKeyNumbers
            let nearby = keys.flatMap { existingByKey[$0] ?? [] }
            if let match = nearby.first(where: { MergeRules.reason($0.program, program) != nil }) {
                joins[index] = match.id
                continue
            }
            let nearbyGroups = Set(keys.flatMap { groupsByKey[$0] ?? [] }).sorted()
            if let group = nearbyGroups.first(where: { group in
                groups[group].contains { MergeRules.reason(programs[$0], program) != nil }
            }) {
                groups[group].append(index)
            } else {
                groups.append([index])
                for key in keys { groupsByKey[key, default: []].append(groups.count - 1) }
            }
        }
        let inserted = try await programIDs(count: groups.count)
        var grouped = Set<Int>()
        for (group, id) in zip(groups, inserted) {
            for member in group { joins[member] = id }
            grouped.formUnion(group)
            outcome.new.append(programs[group[0]].title)
            outcome.merged += group.dropFirst().map { programs[$0].title }
        }
        for index in fresh where joins[index] != nil && !grouped.contains(index) {
            outcome.merged.append(programs[index].title)
        }
        let insertedWithIRIS = Set(zip(groups, inserted).filter { records[$0.0[0]].irisID != nil }.map(\.1))
        // The source rows are encoded while the programs load.
        async let sources = Self.sourceRows(
            fresh, of: batch, programs: joins, withIRIS: insertedWithIRIS, runID: runID)
        // Prepared rows are in the batch's order, rows computed here in the order of `fresh`.
        let computed = try await encodedRows
        let rows = batch.rows ?? Self.spread(computed, over: fresh, count: programs.count)
        try await insertPrograms(zip(groups, inserted).map { group, id in (rows[group[0]], id) })
        try await insertSources(await sources)
    }

    /// The agency's programs with the same comparable title or IRIS id as any of the sightings, found by the hashes
    /// of the keys' text (migration 6); a colliding row is passed over by the merge rules.
    private func candidates(for records: [StoredRecord]) async throws -> [Existing] {
        // Two index lookups joined by UNION: an OR of the two conditions made the planner scan the whole table.
        var titleKeys: [String] = []
        var irisKeys: [String] = []
        var seen = Set<Int64>()
        for record in records {
            if seen.insert(record.titleKey.number).inserted { titleKeys.append(record.titleKey.text) }
            if let iris = record.irisKey, seen.insert(iris.number).inserted { irisKeys.append(iris.text) }
        }
        let rows = try await connection.query(
            """
            SELECT id, agency_code, source_code, source_item_id, title, announcement_number,
                posted_on::text AS posted_on, business_name, iris_id, match_title
            FROM programs WHERE hashtextextended(agency_code || ':' || match_title, 0)
                = ANY(ARRAY(SELECT hashtextextended(k, 0) FROM unnest(\(titleKeys)::text[]) AS k))
            UNION
            SELECT id, agency_code, source_code, source_item_id, title, announcement_number, posted_on::text,
                business_name, iris_id, match_title
            FROM programs WHERE iris_id IS NOT NULL AND hashtextextended('iris:' || iris_id, 0)
                = ANY(ARRAY(SELECT hashtextextended(k, 0) FROM unnest(\(irisKeys)::text[]) AS k))
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

    /// Ids for new programs, taken from the identity's sequence first so the batch's source rows can name them
    /// without a round trip per program, and queued for the matcher in the same statement (migration 10). The
    /// sequence is resolved once (`OFFSET 0`): named in each row, its name was looked up for every id, seven times
    /// the cost of the ids themselves.
    private func programIDs(count: Int) async throws -> [Int64] {
        guard count > 0 else { return [] }
        return try await connection.query(
            """
            INSERT INTO match_pending_programs (program_id)
            SELECT nextval(s.sequence)
            FROM (SELECT pg_get_serial_sequence('programs', 'id')::regclass AS sequence OFFSET 0) AS s,
                generate_series(1, \(count))
            RETURNING program_id AS id
            """
        ).map { try $0.decode(Int64.self, "id") }
    }

    /// Every new program in one COPY: each group leader's row (all but the id) with the id it was given.
    private func insertPrograms(_ leaders: [(CopyTextFields, Int64)]) async throws {
        guard !leaders.isEmpty else { return }
        var rows = CopyTextRows(reservingBytes: leaders.reduce(0) { $0 + $1.0.byteCount + 24 })
        for (row, id) in leaders { rows.append([id.postgresBind], row) }
        try await connection.copy(into: "programs", columns: ["id"] + Self.programColumns, encoded: rows)
    }

    /// The programs' rows (ids 1, 2, …) and their columns, as a fresh store COPYs them into `programs`: for the
    /// store benchmark, whose plain COPY must load exactly what the store writes.
    public static func freshRows(_ programs: [Program]) throws -> (columns: [String], rows: CopyTextRows) {
        var rows = CopyTextRows()
        for (index, program) in programs.enumerated() {
            rows.append([Int64(index + 1).postgresBind], programRow(program, try StoredRecord(program)))
        }
        return (["id"] + programColumns, rows)
    }

    /// The columns of `programRow`, in order; the id comes first.
    static let programColumns = [
        "agency_code", "source_code", "source_item_id", "announcement_number", "title", "ministry",
        "announcing_agency", "kind", "kind_rule", "call_type", "posted_on", "application_start", "application_end",
        "closing_time_given", "period_text", "open_ended", "budget_total_krw", "budget_per_project_krw", "budget_text",
        "eligible_org_types", "regions", "keywords", "fields", "trl_min", "trl_max", "attachments", "contact",
        "detail_url", "body_text", "content_hash", "record", "match_title", "business_name", "iris_id", "features",
    ]

    /// The program rows (but their ids) of the sightings at `indices`, in that order, in COPY's text format,
    /// encoded on every core: with the matcher's features this is most of the store's own work on a fresh batch.
    static func programRows(_ indices: [Int], of batch: PreparedBatch) async throws -> [CopyTextFields] {
        try await concurrentMap(indices) { programRow(batch.programs[$0], batch.records[$0]) }
    }

    /// `values` (one per index of `indices`, in order) at those indices of an array of `count`; the rest empty.
    static func spread(_ values: [CopyTextFields], over indices: [Int], count: Int) -> [CopyTextFields] {
        var spread = [CopyTextFields](repeating: CopyTextFields([]), count: count)
        for (value, index) in zip(values, indices) { spread[index] = value }
        return spread
    }

    /// One sighting's program row but its id, in COPY's text format.
    static func programRow(_ program: Program, _ record: StoredRecord) -> CopyTextFields {
        let fields = record.fields
        return CopyTextFields([
            (program.agency?.rawValue ?? "").postgresBind, program.source.postgresBind,
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
            ProgramFeaturesColumn.json(program).postgresBind,
        ])
    }

    /// The sightings' source rows, and the existing programs they joined that get their IRIS id because they had
    /// none (`withIRIS`: programs this batch inserted with one already).
    struct SourceRows: Sendable {
        var rows = CopyTextRows()
        var irisPrograms: [Int64] = []
        var irisIDs: [String] = []
    }

    static func sourceRows(
        _ indices: [Int], of batch: PreparedBatch, programs: [Int: Int64], withIRIS: Set<Int64>, runID: Int64?
    ) -> SourceRows {
        var out = SourceRows()
        for index in indices {
            guard let id = programs[index] else { continue }
            let (program, record) = (batch.programs[index], batch.records[index])
            out.rows.append([
                id.postgresBind, program.source.postgresBind, program.sourceID.postgresBind,
                program.detailURL.postgresBind, record.hash.postgresBind, runID.postgresBind,
            ])
            if let iris = record.irisID, !withIRIS.contains(id) {
                out.irisPrograms.append(id)
                out.irisIDs.append(iris)
            }
        }
        return out
    }

    /// One COPY for the source rows, then the IRIS ids of the programs they joined.
    private func insertSources(_ sources: SourceRows) async throws {
        try await connection.copy(
            into: "program_sources",
            columns: ["program_id", "source_code", "source_item_id", "url", "content_hash", "last_run_id"],
            encoded: sources.rows)
        guard !sources.irisPrograms.isEmpty else { return }
        try await connection.query(
            """
            UPDATE programs SET iris_id = x.iris_id
            FROM unnest(\(sources.irisPrograms)::bigint[], \(sources.irisIDs)::text[]) AS x (program_id, iris_id)
            WHERE programs.id = x.program_id AND programs.iris_id IS NULL
            """)
    }
}

/// A store invariant that did not hold.
struct StoreError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
