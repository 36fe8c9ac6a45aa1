extension Migration {
    /// What the matcher keeps besides the matches: one row per match run (as-of, counts, timings), each
    /// organization's state after its last recompute (what its stored list ends at, which profile it reflects),
    /// and the programs waiting for an incremental run. Programs are queued by statement-level triggers, so every
    /// writer (the store, a replay, an operator's SQL) queues what it inserts or changes, in its own transaction:
    /// a queued program is never lost to commit order, and is taken off only by the run that scored it.
    static let matching = Migration(
        version: 8, name: "matching",
        sql: #"""
            CREATE TABLE match_runs (
                id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                mode                    text NOT NULL CHECK (mode IN ('full', 'changed')),
                trigger                 text NOT NULL DEFAULT 'manual'
                                        CHECK (trigger IN ('manual', 'worker', 'replay', 'benchmark')),
                algorithm_version       text NOT NULL,
                as_of                   timestamptz NOT NULL,
                top_k                   integer NOT NULL,
                minimum_score           integer NOT NULL,
                started_at              timestamptz NOT NULL DEFAULT now(),
                finished_at             timestamptz,
                organizations           integer NOT NULL DEFAULT 0,
                programs                integer NOT NULL DEFAULT 0,
                programs_changed        integer NOT NULL DEFAULT 0,
                organizations_ranked    integer NOT NULL DEFAULT 0,
                organizations_updated   integer NOT NULL DEFAULT 0,
                pairs_scored            bigint NOT NULL DEFAULT 0,
                matches_written         bigint NOT NULL DEFAULT 0,
                matches_removed         bigint NOT NULL DEFAULT 0,
                batches                 integer NOT NULL DEFAULT 0,
                batches_done            integer NOT NULL DEFAULT 0,
                -- A run shared out as queue jobs: the batches finished (a batch delivered twice counts once).
                batches_finished        integer[] NOT NULL DEFAULT '{}',
                outcome                 text NOT NULL DEFAULT 'running'
                                        CHECK (outcome IN ('running', 'ok', 'failed')),
                error                   text,
                timings                 jsonb NOT NULL DEFAULT '{}'
            );
            CREATE INDEX match_runs_finished ON match_runs (finished_at DESC) WHERE outcome = 'ok';

            -- Per organization: the run that last ranked it, the profile version it reflects, and where its list
            -- ends (an incremental run compares new scores against the K-th without reading the list).
            CREATE TABLE match_org_state (
                organization_id     bigint PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
                run_id              bigint NOT NULL REFERENCES match_runs (id),
                profile_updated_at  timestamptz NOT NULL,
                algorithm_version   text NOT NULL,
                as_of               timestamptz NOT NULL,
                match_count         integer NOT NULL,
                last_score          smallint,
                last_program_id     bigint,
                -- A digest of the list as ranked (program, score, breakdown); NULL after an incremental merge. A
                -- full run leaves an organization whose digest is unchanged as it is.
                list_digest         text,
                -- The next-best programs after the list (`id:score,…` in rank order), so a changed run can refill
                -- a list that lost a program without ranking it whole; complete when nothing else scored enough.
                reserve             text NOT NULL DEFAULT '',
                reserve_complete    boolean NOT NULL DEFAULT false
            );

            CREATE TABLE match_pending_programs (
                program_id  bigint PRIMARY KEY REFERENCES programs (id) ON DELETE CASCADE,
                queued_at   timestamptz NOT NULL DEFAULT now(),
                -- The run that took it; NULL while waiting. A program changed again after being taken is put back.
                run_id      bigint REFERENCES match_runs (id) ON DELETE SET NULL
            );

            CREATE FUNCTION queue_inserted_programs() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO match_pending_programs (program_id) SELECT id FROM inserted_rows
                ON CONFLICT (program_id) DO UPDATE SET run_id = NULL, queued_at = now();
                RETURN NULL;
            END
            $$;
            CREATE FUNCTION queue_changed_programs() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO match_pending_programs (program_id)
                SELECT n.id FROM changed_rows n JOIN previous_rows o ON o.id = n.id
                WHERE n.content_hash IS DISTINCT FROM o.content_hash OR n.features IS DISTINCT FROM o.features
                ON CONFLICT (program_id) DO UPDATE SET run_id = NULL, queued_at = now();
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER programs_queue_inserted AFTER INSERT ON programs
                REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_inserted_programs();
            CREATE TRIGGER programs_queue_changed AFTER UPDATE ON programs
                REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows
                FOR EACH STATEMENT EXECUTE FUNCTION queue_changed_programs();

            -- The matches table: the score's components are in `reasons` (compact codes, see docs/MATCHING.md), with
            -- how sure the score is and the run that wrote it. A full run writes millions of rows, so the table
            -- carries only what reads need: its primary key (lists are read per organization; 50 rows need no
            -- score index), `json` rather than `jsonb` (stored as written, never re-parsed), and no foreign keys,
            -- whose per-row checks cost four times the load itself; rows of a deleted organization or program go
            -- with it through the statement-level triggers below.
            ALTER TABLE funding_matches ADD COLUMN confidence smallint NOT NULL DEFAULT 100;
            ALTER TABLE funding_matches ADD COLUMN run_id bigint;
            DROP INDEX funding_matches_org_score;
            DROP INDEX funding_matches_program;
            ALTER TABLE funding_matches DROP CONSTRAINT funding_matches_organization_id_fkey;
            ALTER TABLE funding_matches DROP CONSTRAINT funding_matches_program_id_fkey;
            ALTER TABLE funding_matches ALTER COLUMN reasons DROP DEFAULT;
            ALTER TABLE funding_matches ALTER COLUMN reasons TYPE json USING reasons::json;
            ALTER TABLE funding_matches ALTER COLUMN reasons SET DEFAULT '{}';

            CREATE FUNCTION drop_matches_of_deleted_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM funding_matches WHERE organization_id IN (SELECT id FROM deleted_rows);
                RETURN NULL;
            END
            $$;
            -- The pipeline never deletes programs; when an operator does, any list or reserve may have held them,
            -- so every organization is marked for ranking whole by the next run.
            CREATE FUNCTION drop_matches_of_deleted_programs() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM deleted_rows) THEN
                    DELETE FROM funding_matches WHERE program_id IN (SELECT id FROM deleted_rows);
                    UPDATE match_org_state SET profile_updated_at = '1970-01-01T00:00:00Z', list_digest = NULL;
                END IF;
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER organizations_drop_matches AFTER DELETE ON organizations
                REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT
                EXECUTE FUNCTION drop_matches_of_deleted_organizations();
            CREATE TRIGGER programs_drop_matches AFTER DELETE ON programs
                REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT
                EXECUTE FUNCTION drop_matches_of_deleted_programs();

            -- For analysts: each organization's matches in rank order with the program's title, agency, deadline in
            -- Korea time and status now; and the run history.
            CREATE VIEW organization_top_matches AS
                SELECT m.organization_id, o.name AS organization_name,
                    row_number() OVER (PARTITION BY m.organization_id ORDER BY m.score DESC, m.program_id) AS rank,
                    m.score, m.confidence, m.program_id, p.title AS program_title, p.agency_code,
                    p.application_end AT TIME ZONE 'Asia/Seoul' AS deadline_kst,
                    program_status(p.application_start, p.application_end, now()) AS status,
                    m.reasons, m.algorithm_version, m.computed_at
                FROM funding_matches m
                JOIN organizations o ON o.id = m.organization_id
                JOIN programs p ON p.id = m.program_id;
            CREATE VIEW match_run_history AS
                SELECT id, mode, trigger, algorithm_version, as_of, started_at, finished_at,
                    finished_at - started_at AS duration, organizations, programs, programs_changed,
                    organizations_ranked, organizations_updated, pairs_scored, matches_written, matches_removed,
                    outcome, error
                FROM match_runs;
            GRANT SELECT ON match_runs, match_org_state, organization_top_matches, match_run_history
                TO connect_analyst;
            """#)
}
