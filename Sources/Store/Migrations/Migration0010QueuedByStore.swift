extension Migration {
    /// New programs are queued for the matcher by the store, in the statement that hands out their ids, instead of
    /// by a trigger on insert. A statement trigger with a transition table keeps a copy of every inserted row (body
    /// and records included) until the statement ends: a tenth of the database's work on a first crawl, for a list
    /// of ids the store already holds. The store is the only writer of programs; changed programs are still queued
    /// by the update trigger, which compares old and new rows. A program inserted by hand is matched by the next
    /// full run, or queued with `INSERT INTO match_pending_programs (program_id) VALUES (…)`.
    static let queuedByStore = Migration(
        version: 10, name: "new programs queued by the store",
        sql: """
            DROP TRIGGER programs_queue_inserted ON programs;
            DROP FUNCTION queue_inserted_programs();
            """)
}
