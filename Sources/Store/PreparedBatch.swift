import Parse
import PostgresClient

/// A batch of programs with the store's own work on it done, computed on every core before the batch's transaction
/// starts: each program's record (normalized fields, content hash, merge keys) and, when the batch is expected to be
/// mostly new, each program's row for the COPY (the matcher's features included). Rows for a batch that turns out
/// to be known are wasted; a batch prepared without them has the rows of its new programs made in the transaction.
struct PreparedBatch: Sendable {
    let programs: [Program]
    let records: [StoredRecord]
    /// Aligned with `programs`, when prepared with rows.
    let rows: [CopyTextFields]?

    /// `background`: prepared while another batch is in the database (see `concurrentMap`).
    init(_ programs: [Program], withRows: Bool, background: Bool) async throws {
        self.programs = programs
        guard withRows else {
            self.records = try await concurrentMap(programs, background: background, StoredRecord.init)
            self.rows = nil
            return
        }
        let prepared = try await concurrentMap(programs, background: background) { program in
            let record = try StoredRecord(program)
            return (record, ProgramStore.programRow(program, record))
        }
        self.records = prepared.map(\.0)
        self.rows = prepared.map(\.1)
    }
}
