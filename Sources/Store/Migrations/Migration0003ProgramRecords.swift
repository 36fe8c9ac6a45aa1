extension Migration {
    /// What the program store compares and merges by: the normalized record as stored (the base of field-level
    /// version diffs) and the title in the form the merge rules compare, indexed per agency so a new sighting finds
    /// its program without scanning.
    static let programRecords = Migration(
        version: 3, name: "program records and match titles",
        sql: """
            ALTER TABLE programs ADD COLUMN record jsonb NOT NULL DEFAULT '{}';
            ALTER TABLE programs ADD COLUMN match_title text NOT NULL DEFAULT '';
            ALTER TABLE programs ADD COLUMN business_name text;
            ALTER TABLE programs ADD COLUMN iris_id text;
            CREATE INDEX programs_match ON programs (agency_code, match_title);
            CREATE INDEX programs_iris ON programs (iris_id) WHERE iris_id IS NOT NULL;
            """)
}
