import Foundation
import Parse
import PostgresClient

/// Stores parsed programs so that a rerun changes nothing but "last seen", a change makes a new version with what
/// changed, and the same call seen through several sources is one program with each source recorded.
///
/// A sighting is keyed by (source, source id). A known sighting whose content hash is unchanged costs a "last
/// seen" update; a changed one moves the previous record into `program_versions` with a field-level diff. A new
/// sighting joins an existing program when `MergeRules` say it is the same call; the candidates are looked up under
/// transaction-scoped advisory locks on (agency, comparable title) and on the IRIS id, taken for the whole batch in
/// one order, so two workers storing the same call at once make one program and overlapping batches never deadlock. Nothing is ever deleted for being absent. No session state is used across transactions (safe
/// behind PgBouncer in transaction mode).
public struct ProgramStore: Sendable {
    let connection: PostgresConnection
    /// Programs per transaction: see `store`.
    let batchSize: Int
    /// The connections a store of several batches may write on at once: see `StoreLanes`.
    let lanes: StoreLanes?

    public init(connection: PostgresConnection, batchSize: Int = 1000, lanes: StoreLanes? = nil) {
        precondition(batchSize > 0, "a batch holds at least one program")
        self.connection = connection
        self.batchSize = batchSize
        self.lanes = lanes
    }

    /// What a batch did, by program title.
    public struct Outcome: Sendable, Hashable {
        public var new: [String] = []
        public var changed: [String] = []
        public var unchanged: [String] = []
        /// New sightings that joined an existing program (another source of the same call).
        public var merged: [String] = []

        public init() {}

        /// The batches' outcomes one after the other.
        init(summing outcomes: [Outcome]) {
            for other in outcomes {
                new += other.new
                changed += other.changed
                unchanged += other.unchanged
                merged += other.merged
            }
        }
    }

    /// Stores programs in transactions of at most `batchSize` each; programs of other agencies (nil agency) are
    /// ignored. A first crawl of a large source brings thousands of programs: in one transaction they would hold
    /// two merge locks each until the end (PostgreSQL's lock table holds 64 per connection by default) and a crash
    /// would lose all of them; a batch that was committed is simply unchanged on the rerun. While one batch is in
    /// the database, the next one's records are computed on the other cores.
    ///
    /// A dry run does everything in one transaction, reports what it would do, and rolls back. It takes no merge
    /// locks: what it writes never becomes visible, so there is nothing for a concurrent store to duplicate.
    public func store(_ programs: [Program], runID: Int64? = nil, dryRun: Bool = false) async throws -> Outcome {
        let ours = programs.filter { $0.agency != nil }
        try await checkSources(Set(ours.map(\.source)))
        let batches = stride(from: 0, to: ours.count, by: batchSize).map {
            Array(ours[$0..<min($0 + batchSize, ours.count)])
        }
        guard dryRun else { return Outcome(summing: try await committing(batches, runID: runID)) }
        return Outcome(
            summing: try await connection.transaction(rollingBack: true) { db in
                try await Self.pipeline(batches) { batch in
                    try await ProgramStore(connection: db).inTransaction(batch, runID: runID, locking: false)
                }
            })
    }

    /// Writes the batches in order through `write`, each prepared (see `PreparedBatch`) while the one before it is in
    /// the database: the store's own work on a batch then costs the database no waiting. Whether a batch is
    /// prepared with its program rows is guessed from the last batch written: a first crawl is new page after page,
    /// a rerun unchanged page after page. What each batch did, in order.
    static func pipeline(
        _ batches: [[Program]], _ write: (PreparedBatch) async throws -> Outcome
    ) async throws -> [Outcome] {
        var outcomes: [Outcome] = []
        try await withThrowingTaskGroup(of: PreparedBatch.self) { group in
            if let first = batches.first {
                group.addTask { try await PreparedBatch(first, withRows: false, background: false) }
            }
            var mostlyNew = false
            for index in batches.indices {
                guard let batch = try await group.next() else { break }
                // Another lane failed: its error ends the store, and this lane's next batches wait for the rerun.
                try Task.checkCancellation()
                if index + 1 < batches.count {
                    let next = batches[index + 1]
                    let withRows = mostlyNew
                    group.addTask { try await PreparedBatch(next, withRows: withRows, background: true) }
                }
                let written = try await write(batch)
                outcomes.append(written)
                mostlyNew = 2 * (written.new.count + written.merged.count) > batch.programs.count
            }
        }
        return outcomes
    }

    /// The work of one batch, inside the caller's transaction.
    func inTransaction(_ batch: PreparedBatch, runID: Int64?, locking: Bool) async throws -> Outcome {
        let (programs, records) = (batch.programs, batch.records)
        // Every merge key of the batch is locked up front, in one order: two workers storing overlapping batches
        // wait for each other instead of deadlocking.
        let keys = Set(records.flatMap(\.mergeKeyNumbers)).sorted()
        if locking && !keys.isEmpty {
            try await connection.query("SELECT pg_advisory_xact_lock(k) FROM unnest(\(keys)::bigint[]) AS k")
        }
        var outcome = Outcome()
        // The common case, a rerun: sightings whose content hash is unchanged are found and touched in the same
        // statement that finds the changed ones; only those and the new ones go further.
        let known = try await touchKnownSightings(programs, records, runID: runID)
        var fresh: [Int] = []
        var seen = Set<SightingKey>()
        for (index, program) in programs.enumerated() {
            switch known[SightingKey(program)] {
            case true: outcome.unchanged.append(program.title)
            case false:
                try await Self.store(program, record: records[index], runID: runID, in: connection, outcome: &outcome)
            // A sighting listed twice in one batch is stored once.
            default: if seen.insert(SightingKey(program)).inserted { fresh.append(index) }
            }
        }
        try await storeNew(fresh, of: batch, runID: runID, outcome: &outcome)
        return outcome
    }

    /// Every source of the batch must be in the catalog (the per-row foreign key was dropped for speed, see
    /// migration 5): one lookup per batch, and an error that names the unknown source.
    private func checkSources(_ codes: Set<String>) async throws {
        guard !codes.isEmpty else { return }
        let known = try await connection.query("SELECT code FROM sources WHERE code = ANY(\(Array(codes))::text[])")
        let missing = codes.subtracting(try known.map { try $0.decode(String.self, "code") })
        guard missing.isEmpty else {
            throw StoreError(
                message: "source \(missing.sorted().joined(separator: ", ")) is not in the sources catalog: "
                    + "its agency file must define it (the catalog is synced from agencies/ before each run)")
        }
    }

    private struct SightingKey: Hashable {
        let source: String
        let id: String

        init(_ program: Program) {
            self.init(source: program.source, id: program.sourceID)
        }

        init(source: String, id: String) {
            self.source = source
            self.id = id
        }
    }

    /// The sightings of the batch a source row already knows, each with whether its content hash is unchanged; the
    /// unchanged ones are touched ("last seen", run) in the same statement. This is the whole of a rerun.
    ///
    /// Each sighting is looked up by the primary key on its own (`LATERAL … OFFSET 0` keeps the planner from turning
    /// the lookups into a join): a join let it hash the whole table for every batch, a cost that grew with the table.
    /// The touch finds its rows by the lookup's `ctid`s (a TID scan), for the same reason.
    private func touchKnownSightings(
        _ programs: [Program], _ records: [StoredRecord], runID: Int64?
    ) async throws -> [SightingKey: Bool] {
        guard !programs.isEmpty else { return [:] }
        let rows = try await connection.query(
            """
            WITH known AS MATERIALIZED (
                SELECT s.row_id, s.source_code, s.source_item_id, s.content_hash = b.content_hash AS unchanged
                FROM unnest(\(programs.map(\.source))::text[], \(programs.map(\.sourceID))::text[], \(records.map(\.hash))::text[])
                    AS b (source_code, source_item_id, content_hash)
                CROSS JOIN LATERAL (
                    SELECT x.ctid AS row_id, x.source_code, x.source_item_id, x.content_hash FROM program_sources x
                    WHERE x.source_code = b.source_code AND x.source_item_id = b.source_item_id OFFSET 0
                ) AS s
            ), touched AS (
                UPDATE program_sources SET last_seen_at = now(), last_run_id = \(runID)
                WHERE ctid = ANY(ARRAY(SELECT row_id FROM known WHERE unchanged))
            )
            SELECT source_code, source_item_id, unchanged FROM known
            """)
        var known: [SightingKey: Bool] = [:]
        for row in rows {
            let key = SightingKey(
                source: try row.decode(String.self, "source_code"), id: try row.decode(String.self, "source_item_id"))
            known[key] = try row.decode(Bool.self, "unchanged")
        }
        return known
    }

    private static func store(
        _ program: Program, record: StoredRecord, runID: Int64?, in db: PostgresConnection, outcome: inout Outcome
    ) async throws {
        let known = try await db.query(
            """
            SELECT p.id, p.version, p.record, s.content_hash FROM program_sources s
            JOIN programs p ON p.id = s.program_id
            WHERE s.source_code = \(program.source) AND s.source_item_id = \(program.sourceID)
            FOR UPDATE OF p
            """)
        // Only sightings a source row knows come here (see `inTransaction`); new ones go through `storeNew`.
        guard let row = known.first else {
            throw StoreError(message: "\(program.source) \(program.sourceID) is not stored yet")
        }
        let id = try row.decode(Int64.self, "id")
        if try row.decode(String.self, "content_hash") == record.hash {
            try await db.query(
                """
                UPDATE program_sources SET last_seen_at = now(), last_run_id = \(runID)
                WHERE source_code = \(program.source) AND source_item_id = \(program.sourceID)
                """)
            outcome.unchanged.append(program.title)
            return
        }
        let previous = try row.decode(PostgresJSON.self, "record")
        let version = try row.decode(Int.self, "version")
        try await db.query(
            """
            INSERT INTO program_versions (program_id, version, run_id, changes, previous)
            VALUES (\(id), \(version), \(runID), \(try record.changes(from: previous)), \(previous))
            """)
        try await write(record, program, into: id, in: db)
        try await db.query(
            """
            UPDATE program_sources SET content_hash = \(record.hash), url = \(program.detailURL),
                last_seen_at = now(), last_run_id = \(runID)
            WHERE source_code = \(program.source) AND source_item_id = \(program.sourceID)
            """)
        outcome.changed.append(program.title)
    }

    /// Writes every field of the record into program `id`.
    private static func write(
        _ record: StoredRecord, _ program: Program, into id: Int64, in db: PostgresConnection
    ) async throws {
        let fields = record.fields
        try await db.query(
            """
            UPDATE programs SET
                announcement_number = \(fields.announcementNumber), title = \(fields.title),
                ministry = \(fields.ministry), announcing_agency = \(fields.announcingAgency), kind = \(fields.kind),
                kind_rule = \(program.kindRule), call_type = \(fields.callType), posted_on = \(fields.postedOn),
                application_start = \(fields.applicationStart), application_end = \(fields.applicationEnd),
                closing_time_given = \(fields.closingTimeGiven), period_text = \(fields.periodText),
                open_ended = \(fields.openEnded), budget_total_krw = \(fields.budgetTotalKRW),
                budget_per_project_krw = \(fields.budgetPerProjectKRW), budget_text = \(fields.budgetText),
                eligible_org_types = \(fields.eligibleOrgTypes), regions = \(fields.regions),
                keywords = \(program.keywords), fields = \(fields.fields),
                trl_min = \(fields.trlMin.map { Int16($0) }), trl_max = \(fields.trlMax.map { Int16($0) }),
                attachments = \(PostgresJSON(text: fields.attachmentsJSON)),
                contact = \(fields.contactJSON.map { PostgresJSON(text: $0) }),
                detail_url = \(fields.detailURL), body_text = \(program.bodyText), content_hash = \(record.hash),
                record = \(record.json), match_title = \(record.matchTitle), business_name = \(program.businessName),
                iris_id = COALESCE(\(record.irisID), iris_id), features = \(ProgramFeaturesColumn.json(program)),
                version = version + 1, updated_at = now()
            WHERE id = \(id)
            """)
    }
}
