extension Migration {
    /// The tables the whole pipeline writes: agencies and their sources, programs with their versions and the sources
    /// they were seen in, fetched pages, scrape runs and failed pages, organizations and their funding matches.
    /// Status (upcoming / open / closed) is never stored as the truth: `program_status()` derives it from the
    /// application period and an as-of instant, and the `programs_current` view applies it as of now.
    static let initial = Migration(
        version: 1, name: "initial schema",
        sql: #"""
            CREATE TABLE agencies (
                code            text PRIMARY KEY CHECK (code ~ '^[A-Z]+$'),
                name_ko         text NOT NULL,
                name_en         text NOT NULL,
                ministry        text NOT NULL,
                site_url        text NOT NULL,
                enabled         boolean NOT NULL DEFAULT true,
                created_at      timestamptz NOT NULL DEFAULT now(),
                updated_at      timestamptz NOT NULL DEFAULT now()
            );

            INSERT INTO agencies (code, name_ko, name_en, ministry, site_url) VALUES
                ('IITP', '정보통신기획평가원',
                 'Institute of Information & Communications Technology Planning & Evaluation',
                 '과학기술정보통신부', 'https://www.iitp.kr'),
                ('KEIT', '한국산업기술기획평가원', 'Korea Evaluation Institute of Industrial Technology',
                 '산업통상자원부', 'https://www.keit.re.kr'),
                ('TIPA', '중소기업기술정보진흥원', 'Korea Technology and Information Promotion Agency for SMEs',
                 '중소벤처기업부', 'https://www.tipa.or.kr'),
                ('KIMST', '해양수산과학기술진흥원', 'Korea Institute of Marine Science & Technology Promotion',
                 '해양수산부', 'https://www.kimst.re.kr');

            -- A source is one list or detail endpoint family of a site (e.g. 'keit.itech', 'iris'). Shared sources
            -- (IRIS, NTIS) carry every agency's calls and have no agency of their own.
            CREATE TABLE sources (
                code            text PRIMARY KEY CHECK (code ~ '^[a-z0-9_.-]+$'),
                agency_code     text REFERENCES agencies (code),
                name            text NOT NULL,
                kind            text NOT NULL,
                host            text NOT NULL,
                is_shared       boolean NOT NULL DEFAULT false,
                enabled         boolean NOT NULL DEFAULT true,
                config_digest   text,
                created_at      timestamptz NOT NULL DEFAULT now(),
                updated_at      timestamptz NOT NULL DEFAULT now(),
                CHECK (is_shared OR agency_code IS NOT NULL)
            );

            CREATE TABLE scrape_runs (
                id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source_code         text NOT NULL REFERENCES sources (code),
                agency_code         text REFERENCES agencies (code),
                trigger             text NOT NULL CHECK (trigger IN ('timer', 'replay', 'manual')),
                job_id              text,
                worker              text,
                started_at          timestamptz NOT NULL DEFAULT now(),
                finished_at         timestamptz,
                pages_fetched       integer NOT NULL DEFAULT 0,
                pages_not_modified  integer NOT NULL DEFAULT 0,
                pages_failed        integer NOT NULL DEFAULT 0,
                bytes_fetched       bigint NOT NULL DEFAULT 0,
                items_parsed        integer NOT NULL DEFAULT 0,
                items_skipped       integer NOT NULL DEFAULT 0,
                programs_new        integer NOT NULL DEFAULT 0,
                programs_changed    integer NOT NULL DEFAULT 0,
                programs_unchanged  integer NOT NULL DEFAULT 0,
                failures            integer NOT NULL DEFAULT 0,
                outcome             text NOT NULL DEFAULT 'running'
                                    CHECK (outcome IN ('running', 'ok', 'partial', 'failed')),
                reason              text
            );
            CREATE INDEX scrape_runs_source_started ON scrape_runs (source_code, started_at DESC);

            CREATE TABLE programs (
                id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                agency_code             text NOT NULL REFERENCES agencies (code),
                -- The source and source id it was first stored from; every sighting is in program_sources.
                source_code             text NOT NULL REFERENCES sources (code),
                source_item_id          text NOT NULL,
                announcement_number     text,
                title                   text NOT NULL CHECK (title <> ''),
                ministry                text,
                announcing_agency       text,
                kind                    text NOT NULL DEFAULT 'rnd_call'
                                        CHECK (kind IN ('rnd_call', 'demand_survey', 'notice', 'event', 'test')),
                kind_rule               text,
                call_type               text,
                posted_on               date,
                application_start       timestamptz,
                application_end         timestamptz,
                -- false when the source gave only a closing day: application_end is then the end of that day in KST.
                closing_time_given      boolean NOT NULL DEFAULT false,
                period_text             text,
                open_ended              boolean NOT NULL DEFAULT false,
                -- What the source itself said (접수중, 마감 …), kept for reference; status is derived, see below.
                source_status           text,
                budget_total_krw        bigint CHECK (budget_total_krw >= 0),
                budget_per_project_krw  bigint CHECK (budget_per_project_krw >= 0),
                budget_text             text,
                eligible_org_types      text[] NOT NULL DEFAULT '{}',
                eligibility_text        text,
                regions                 text[] NOT NULL DEFAULT '{}',
                keywords                text[] NOT NULL DEFAULT '{}',
                fields                  text[] NOT NULL DEFAULT '{}',
                trl_min                 smallint CHECK (trl_min BETWEEN 1 AND 9),
                trl_max                 smallint CHECK (trl_max BETWEEN 1 AND 9),
                attachments             jsonb NOT NULL DEFAULT '[]',
                contact                 jsonb,
                detail_url              text,
                body_text               text,
                features                jsonb NOT NULL DEFAULT '{}',
                content_hash            text NOT NULL,
                first_seen_at           timestamptz NOT NULL DEFAULT now(),
                last_seen_at            timestamptz NOT NULL DEFAULT now(),
                version                 integer NOT NULL DEFAULT 1 CHECK (version >= 1),
                created_at              timestamptz NOT NULL DEFAULT now(),
                updated_at              timestamptz NOT NULL DEFAULT now(),
                CHECK (trl_min IS NULL OR trl_max IS NULL OR trl_min <= trl_max),
                CHECK (application_start IS NULL OR application_end IS NULL OR application_start <= application_end),
                UNIQUE (source_code, source_item_id)
            );
            CREATE INDEX programs_application_end ON programs (application_end);
            CREATE INDEX programs_agency ON programs (agency_code, application_end);
            CREATE INDEX programs_announcement_number ON programs (announcement_number)
                WHERE announcement_number IS NOT NULL;

            -- One program seen through several sources (IRIS, NTIS, the agency's own board) is one row in programs
            -- and one row here per source.
            CREATE TABLE program_sources (
                program_id      bigint NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
                source_code     text NOT NULL REFERENCES sources (code),
                source_item_id  text NOT NULL,
                url             text,
                content_hash    text NOT NULL,
                first_seen_at   timestamptz NOT NULL DEFAULT now(),
                last_seen_at    timestamptz NOT NULL DEFAULT now(),
                last_run_id     bigint REFERENCES scrape_runs (id),
                PRIMARY KEY (source_code, source_item_id)
            );
            CREATE INDEX program_sources_program ON program_sources (program_id);

            -- The previous state of a program each time it changed, with the field-level difference.
            CREATE TABLE program_versions (
                program_id      bigint NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
                version         integer NOT NULL,
                changed_at      timestamptz NOT NULL DEFAULT now(),
                run_id          bigint REFERENCES scrape_runs (id),
                changes         jsonb NOT NULL,
                previous        jsonb NOT NULL,
                PRIMARY KEY (program_id, version)
            );

            -- Every fetched page, by the digest of its archived body; also what conditional GETs are built from.
            CREATE TABLE fetched_pages (
                id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                run_id          bigint REFERENCES scrape_runs (id),
                source_code     text NOT NULL REFERENCES sources (code),
                url             text NOT NULL,
                method          text NOT NULL DEFAULT 'GET',
                request_digest  text NOT NULL,
                status          integer,
                not_modified    boolean NOT NULL DEFAULT false,
                etag            text,
                last_modified   text,
                content_type    text,
                charset         text,
                body_digest     text,
                body_bytes      bigint,
                fetched_at      timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX fetched_pages_request ON fetched_pages (request_digest, fetched_at DESC);
            CREATE INDEX fetched_pages_run ON fetched_pages (run_id);

            -- Pages that failed to fetch, parse or store: kept with their archive digest so they can be re-parsed
            -- once a selector is fixed.
            CREATE TABLE page_failures (
                id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                run_id          bigint REFERENCES scrape_runs (id),
                source_code     text NOT NULL REFERENCES sources (code),
                url             text NOT NULL,
                stage           text NOT NULL CHECK (stage IN ('fetch', 'parse', 'store')),
                archive_digest  text,
                error_code      text NOT NULL,
                error_message   text NOT NULL,
                occurred_at     timestamptz NOT NULL DEFAULT now(),
                resolved_at     timestamptz
            );
            CREATE INDEX page_failures_open ON page_failures (source_code, occurred_at DESC) WHERE resolved_at IS NULL;

            CREATE TABLE organizations (
                id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name                        text NOT NULL CHECK (name <> ''),
                org_type                    text NOT NULL CHECK (org_type IN
                                            ('company', 'research_institute', 'university', 'public_institution')),
                company_scale               text CHECK (company_scale IN ('startup', 'sme', 'mid_sized', 'large')),
                founded_on                  date,
                employees_range             text,
                revenue_range               text,
                regions                     text[] NOT NULL DEFAULT '{}',
                locations                   jsonb NOT NULL DEFAULT '[]',
                industry_sector             text,
                key_technologies            text[] NOT NULL DEFAULT '{}',
                research_focus              text[] NOT NULL DEFAULT '{}',
                trl_current                 smallint CHECK (trl_current BETWEEN 1 AND 9),
                trl_target_min              smallint CHECK (trl_target_min BETWEEN 1 AND 9),
                trl_target_max              smallint CHECK (trl_target_max BETWEEN 1 AND 9),
                certifications              text[] NOT NULL DEFAULT '{}',
                rnd_experience              jsonb NOT NULL DEFAULT '{}',
                excluded_domains            text[] NOT NULL DEFAULT '{}',
                -- 사업자등록번호: AES-256-GCM ciphertext and a keyed hash for lookups; never readable by analysts.
                business_number_encrypted   bytea,
                business_number_hash        bytea UNIQUE,
                created_at                  timestamptz NOT NULL DEFAULT now(),
                updated_at                  timestamptz NOT NULL DEFAULT now()
            );

            CREATE TABLE funding_matches (
                organization_id     bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                program_id          bigint NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
                score               smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
                reasons             jsonb NOT NULL DEFAULT '[]',
                algorithm_version   text NOT NULL,
                computed_at         timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (organization_id, program_id)
            );
            CREATE INDEX funding_matches_org_score ON funding_matches (organization_id, score DESC);
            CREATE INDEX funding_matches_program ON funding_matches (program_id);

            -- Status from the period and an instant: upcoming before the start, closed from the end on, otherwise
            -- open (also when the period is open-ended or unknown).
            CREATE FUNCTION program_status(start_at timestamptz, end_at timestamptz, as_of timestamptz)
            RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT CASE
                    WHEN start_at IS NOT NULL AND as_of < start_at THEN 'upcoming'
                    WHEN end_at IS NOT NULL AND as_of >= end_at THEN 'closed'
                    ELSE 'open'
                END
            $$;

            CREATE VIEW programs_current AS
                SELECT p.*, program_status(p.application_start, p.application_end, now()) AS status
                FROM programs p;

            -- Analysts read programs and matches, and organizations without the registration number columns.
            DO $$
            BEGIN
                CREATE ROLE connect_analyst NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END
            $$;
            GRANT USAGE ON SCHEMA public TO connect_analyst;
            GRANT SELECT ON agencies, sources, programs, program_sources, program_versions, programs_current,
                scrape_runs, funding_matches TO connect_analyst;
            GRANT SELECT (id, name, org_type, company_scale, founded_on, employees_range, revenue_range, regions,
                locations, industry_sector, key_technologies, research_focus, trl_current, trl_target_min,
                trl_target_max, certifications, rnd_experience, excluded_domains, created_at, updated_at)
                ON organizations TO connect_analyst;
            """#)
}
