import Foundation
import PostgresClient
import Store
import TestSupport
import Testing

@Suite("Schema rules")
struct SchemaRulesTests {
    @Test("status is derived from the period and an instant: a 18:00 KST closing closes at 18:00 KST")
    func derivedStatus() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            try await MigrationRunner(connection: db).migrate()
            func status(_ asOf: String) async throws -> String {
                try await db.query(
                    """
                    SELECT program_status('2026-03-02 09:00:00+09', '2026-03-31 18:00:00+09', \(asOf)::timestamptz)
                    """)[0].decode(String.self, at: 0)
            }
            #expect(try await status("2026-03-02 08:59:59+09") == "upcoming")
            #expect(try await status("2026-03-02 09:00:00+09") == "open")
            #expect(try await status("2026-03-31 17:59:59+09") == "open")
            #expect(try await status("2026-03-31 18:00:00+09") == "closed")
            // The same instant written in UTC: still closed, whatever the session's time zone.
            #expect(try await status("2026-03-31 09:00:00+00") == "closed")
            let openEnded = try await db.query(
                "SELECT program_status(NULL, NULL, now()) AS s")[0].decode(String.self, "s")
            #expect(openEnded == "open")
            await db.close()
        }
    }

    @Test("analysts read programs and matches but not the encrypted registration numbers")
    func analystRole() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            try await MigrationRunner(connection: db).migrate()
            try await db.query(
                """
                INSERT INTO organizations (name, org_type, business_number_encrypted, business_number_hash)
                VALUES (\("(주)한빛테크"), 'company', \(Data([1, 2, 3])), \(Data([4, 5, 6])))
                """)
            try await db.transaction { tx in
                try await tx.query("SET LOCAL ROLE connect_analyst")
                #expect(
                    try await tx.query("SELECT name FROM organizations")[0].decode(String.self, "name")
                        == "(주)한빛테크")
                #expect(try await tx.query("SELECT count(*) FROM programs_current")[0].decode(Int.self, at: 0) == 0)
                #expect(try await tx.query("SELECT count(*) FROM funding_matches")[0].decode(Int.self, at: 0) == 0)
            }
            for column in ["business_number_encrypted", "business_number_hash"] {
                let error = await #expect(throws: PostgresError.self) {
                    try await db.transaction { tx in
                        try await tx.query("SET LOCAL ROLE connect_analyst")
                        try await tx.query("SELECT \(unsafeRaw: column) FROM organizations")
                    }
                }
                #expect(error?.sqlState == "42501")
            }
            await db.close()
        }
    }

    @Test("constraints reject impossible programs and scores")
    func constraints() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            try await MigrationRunner(connection: db).migrate()
            try await db.query(
                "INSERT INTO sources (code, agency_code, name, kind, host) VALUES ('iitp.ezone', 'IITP', 'ezone', 'html_list', 'ezone.iitp.kr')"
            )
            let reversed = await #expect(throws: PostgresError.self) {
                try await db.query(
                    """
                    INSERT INTO programs (agency_code, source_code, source_item_id, title, content_hash,
                                          application_start, application_end)
                    VALUES ('IITP', 'iitp.ezone', 'x', '제목', 'h', '2026-04-01 00:00+09', '2026-03-01 00:00+09')
                    """)
            }
            #expect(reversed?.sqlState == "23514")
            let orgID = try await db.query(
                "INSERT INTO organizations (name, org_type) VALUES ('대학', 'university') RETURNING id"
            )[0].decode(Int.self, "id")
            let programID = try await db.query(
                """
                INSERT INTO programs (agency_code, source_code, source_item_id, title, content_hash)
                VALUES ('IITP', 'iitp.ezone', 'y', '제목', 'h') RETURNING id
                """)[0].decode(Int.self, "id")
            let tooHigh = await #expect(throws: PostgresError.self) {
                try await db.query(
                    """
                    INSERT INTO funding_matches (organization_id, program_id, score, algorithm_version)
                    VALUES (\(orgID), \(programID), 101, 'v1')
                    """)
            }
            #expect(tooHigh?.sqlState == "23514")
            await db.close()
        }
    }

    @Test("deleting a program (an operator's act; the pipeline never does) takes its source rows and pending match")
    func deletedProgramTakesItsRows() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            try await MigrationRunner(connection: db).migrate()
            try await db.query(
                "INSERT INTO sources (code, agency_code, name, kind, host) VALUES ('iitp.ezone', 'IITP', 'ezone', 'html_list', 'ezone.iitp.kr')"
            )
            var ids: [Int64] = []
            for item in ["a", "b"] {
                let id = try await db.query(
                    """
                    INSERT INTO programs (agency_code, source_code, source_item_id, title, content_hash)
                    VALUES ('IITP', 'iitp.ezone', \(item), '제목', 'h') RETURNING id
                    """)[0].decode(Int64.self, "id")
                try await db.query(
                    """
                    INSERT INTO program_sources (program_id, source_code, source_item_id, content_hash)
                    VALUES (\(id), 'iitp.ezone', \(item), 'h')
                    """)
                // As the store queues a program it inserts (migration 10).
                try await db.query("INSERT INTO match_pending_programs (program_id) VALUES (\(id))")
                ids.append(id)
            }
            func count(_ table: String, _ id: Int64) async throws -> Int {
                try await db.query("SELECT count(*) FROM \(identifier: table) WHERE program_id = \(id)")[0].decode(
                    Int.self, at: 0)
            }
            #expect(try await count("match_pending_programs", ids[0]) == 1)
            try await db.query("DELETE FROM programs WHERE id = \(ids[0])")
            #expect(try await count("program_sources", ids[0]) == 0)
            #expect(try await count("match_pending_programs", ids[0]) == 0)
            #expect(try await count("program_sources", ids[1]) == 1)
            #expect(try await count("match_pending_programs", ids[1]) == 1)
            await db.close()
        }
    }
}
