extension Migration {
    /// Views for analysts in `psql`: open programs with their agency and deadline in Korea time, programs with all
    /// their sources, and the run history per agency. Status is computed at query time from the dates, never stored.
    static let analystViews = Migration(
        version: 4, name: "analyst views",
        sql: """
            CREATE VIEW open_programs AS
                SELECT p.id, p.agency_code AS agency, a.name_ko AS agency_name, p.title, p.announcement_number,
                    p.kind, to_char(p.application_end AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS deadline_kst,
                    p.closing_time_given, p.budget_total_krw, p.eligible_org_types, p.regions, p.detail_url
                FROM programs p JOIN agencies a ON a.code = p.agency_code
                WHERE program_status(p.application_start, p.application_end, now()) = 'open'
                    AND p.kind <> 'test';

            CREATE VIEW program_with_sources AS
                SELECT p.id, p.agency_code AS agency, p.title,
                    program_status(p.application_start, p.application_end, now()) AS status,
                    count(s.*) AS source_count,
                    array_agg(s.source_code || ':' || s.source_item_id ORDER BY s.first_seen_at) AS sources,
                    p.version, p.first_seen_at, p.last_seen_at
                FROM programs p JOIN program_sources s ON s.program_id = p.id
                GROUP BY p.id;

            CREATE VIEW run_history AS
                SELECT r.id, coalesce(r.agency_code, src.agency_code, 'shared') AS agency, r.source_code, r.trigger,
                    r.started_at AT TIME ZONE 'Asia/Seoul' AS started_kst, r.finished_at - r.started_at AS took,
                    r.outcome, r.reason, r.pages_fetched, r.pages_not_modified, r.pages_failed, r.items_parsed,
                    r.programs_new, r.programs_changed, r.programs_unchanged
                FROM scrape_runs r JOIN sources src ON src.code = r.source_code;

            GRANT SELECT ON open_programs, program_with_sources, run_history TO connect_analyst;
            """)
}
