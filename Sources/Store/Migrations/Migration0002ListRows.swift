extension Migration {
    /// Every list row a crawl has seen, skipped rows included (other agencies' calls on IRIS and NTIS, test junk):
    /// its id and a hash of what the row showed. A later crawl follows only new or changed rows, and stops paging
    /// at the first page that brings nothing new.
    static let listRows = Migration(
        version: 2, name: "list rows seen",
        sql: """
            CREATE TABLE list_rows_seen (
                source_code     text NOT NULL REFERENCES sources (code),
                row_id          text NOT NULL CHECK (row_id <> ''),
                row_hash        text NOT NULL,
                skipped         boolean NOT NULL DEFAULT false,
                first_seen_at   timestamptz NOT NULL DEFAULT now(),
                last_seen_at    timestamptz NOT NULL DEFAULT now(),
                last_run_id     bigint REFERENCES scrape_runs (id),
                PRIMARY KEY (source_code, row_id)
            );
            """)
}
