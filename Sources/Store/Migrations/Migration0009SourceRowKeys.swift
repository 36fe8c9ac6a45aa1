extension Migration {
    /// A source row's and a pending match's program are no longer checked by foreign key. Each check is an index
    /// probe and a row lock on the program, per row: together they cost a fresh store as much as loading the
    /// programs' own rows. Both are written only next to their program: source rows by the store, for ids it has
    /// just inserted or found under its advisory locks in the same transaction; pending rows by the programs'
    /// triggers. The cascade the keys gave an operator deleting a program is kept by a statement-level trigger.
    static let sourceRowKeys = Migration(
        version: 9, name: "source row keys without per-row checks",
        sql: """
            ALTER TABLE program_sources DROP CONSTRAINT program_sources_program_id_fkey;
            ALTER TABLE match_pending_programs DROP CONSTRAINT match_pending_programs_program_id_fkey;

            CREATE FUNCTION drop_rows_of_deleted_programs() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM program_sources WHERE program_id IN (SELECT id FROM deleted_rows);
                DELETE FROM match_pending_programs WHERE program_id IN (SELECT id FROM deleted_rows);
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER programs_drop_rows AFTER DELETE ON programs
                REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT
                EXECUTE FUNCTION drop_rows_of_deleted_programs();
            """)
}
