extension Migration {
    /// Merge candidates found through narrow integer indexes. The text indexes of migration 3 compared titles with
    /// the database's collation on every probe and every insert (PostgreSQL 15 treats `C.UTF-8` as a full locale),
    /// which made the candidate lookup of a fresh batch cost a third of its COPY. The keys hashed here are the
    /// strings the store already takes its advisory locks on (`agency:title`, `iris:id`), so one array serves both;
    /// a hash collision only returns a row too many, which the merge rules, comparing the real keys, pass over.
    static let mergeKeyHashes = Migration(
        version: 6, name: "merge key hashes",
        sql: """
            CREATE INDEX programs_match_key ON programs (hashtextextended(agency_code || ':' || match_title, 0));
            CREATE INDEX programs_iris_key ON programs (hashtextextended('iris:' || iris_id, 0))
                WHERE iris_id IS NOT NULL;
            DROP INDEX programs_match;
            DROP INDEX programs_iris;
            """)
}
