import PostgresClient

/// One row per run and source in `scrape_runs`, its failed pages in `page_failures`, and the rule that turns a run
/// that suddenly found nothing into a failure instead of an empty success.
public struct RunRecorder: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public enum Trigger: String, Sendable { case timer, replay, manual }

    public func start(source: String, agency: String?, trigger: Trigger, job: String? = nil, worker: String? = nil)
        async throws -> Int64
    {
        let rows = try await connection.query(
            """
            INSERT INTO scrape_runs (source_code, agency_code, trigger, job_id, worker)
            VALUES (\(source), \(agency), \(trigger.rawValue), \(job), \(worker)) RETURNING id
            """)
        return try rows[0].decode(Int64.self, "id")
    }

    /// What a run did, as counted by the walker and the store.
    public struct Figures: Sendable {
        public var pagesFetched = 0
        public var pagesNotModified = 0
        public var pagesFailed = 0
        public var bytesFetched = 0
        /// Items the pages listed or described: programs read, plus rows seen before and left unchanged.
        public var itemsParsed = 0
        public var itemsSkipped = 0
        public var programsNew = 0
        public var programsChanged = 0
        public var programsUnchanged = 0
        /// Set when the walk was stopped (breaker, endless throttling).
        public var stopReason: String?

        public init() {}
    }

    public enum Outcome: String, Sendable { case ok, partial, failed }

    /// ok when nothing failed; partial when some pages failed but items came; failed when the walk was stopped, or
    /// when the source yielded nothing although its last finished run yielded items (a blocked or changed site: an
    /// alarm, and the stored programs stay as they are).
    public static func outcome(_ figures: Figures, previousItems: Int?) -> (Outcome, String?) {
        if let reason = figures.stopReason { return (.failed, reason) }
        if figures.itemsParsed + figures.itemsSkipped == 0 && figures.pagesNotModified == 0,
            let previous = previousItems,
            previous > 0
        {
            return (.failed, "no items this run, \(previous) in the previous one: the site blocked us or changed")
        }
        if figures.pagesFailed > 0 {
            return figures.itemsParsed > 0
                ? (.partial, "\(figures.pagesFailed) pages failed") : (.failed, "every page failed")
        }
        return (.ok, nil)
    }

    /// Items the source's last finished run yielded; nil when it has none.
    public func previousItems(source: String, before run: Int64) async throws -> Int? {
        let rows = try await connection.query(
            """
            SELECT items_parsed FROM scrape_runs
            WHERE source_code = \(source) AND id < \(run) AND finished_at IS NOT NULL AND outcome <> 'failed'
            ORDER BY id DESC LIMIT 1
            """)
        return try rows.first?.decode(Int.self, "items_parsed")
    }

    /// Closes the run with its figures and outcome; returns the outcome.
    @discardableResult
    public func finish(_ run: Int64, source: String, figures: Figures) async throws -> (Outcome, String?) {
        let decided = Self.outcome(figures, previousItems: try await previousItems(source: source, before: run))
        try await connection.query(
            """
            UPDATE scrape_runs SET finished_at = now(), pages_fetched = \(figures.pagesFetched),
                pages_not_modified = \(figures.pagesNotModified), pages_failed = \(figures.pagesFailed),
                bytes_fetched = \(Int64(figures.bytesFetched)), items_parsed = \(figures.itemsParsed),
                items_skipped = \(figures.itemsSkipped), programs_new = \(figures.programsNew),
                programs_changed = \(figures.programsChanged), programs_unchanged = \(figures.programsUnchanged),
                failures = \(figures.pagesFailed), outcome = \(decided.0.rawValue), reason = \(decided.1)
            WHERE id = \(run)
            """)
        return decided
    }

    /// A page that failed to fetch, parse or store, with its archive digest when its body was kept.
    public func recordFailure(
        run: Int64?, source: String, url: String, stage: String, digest: String?, code: String, message: String
    ) async throws {
        try await connection.query(
            """
            INSERT INTO page_failures (run_id, source_code, url, stage, archive_digest, error_code, error_message)
            VALUES (\(run), \(source), \(url), \(stage), \(digest), \(code), \(message))
            """)
    }
}
