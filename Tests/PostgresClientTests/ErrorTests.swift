import Foundation
import PostgresClient
import TestSupport
import Testing

@Suite("Server errors carry SQLSTATE and context")
struct ErrorTests {
    @Test("a unique violation reports 23505, the constraint, the server's detail and the SQL without its values")
    func uniqueViolation() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE programs (source_id text CONSTRAINT programs_source_key UNIQUE)")
            try await db.query("INSERT INTO programs VALUES (\("II_2025_003"))")
            let error = await #expect(throws: PostgresError.self) {
                try await db.query("INSERT INTO programs VALUES (\("II_2025_003"))")
            }
            #expect(error?.code == .server)
            #expect(error?.sqlState == "23505")
            #expect(error?.constraint == "programs_source_key")
            #expect(error?.query?.contains("INSERT INTO programs") == true)
            #expect(error?.query?.contains("II_2025_003") == false)
            #expect(error?.detail?.contains("already exists") == true)
            // The connection stays usable after a statement error.
            #expect(try await db.query("SELECT count(*) FROM programs")[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test("syntax errors and undefined tables have their own SQLSTATEs")
    func otherStates() async throws {
        try await TestDatabase.withSchema { db, _ in
            let syntax = await #expect(throws: PostgresError.self) { try await db.query("SELEC 1") }
            #expect(syntax?.sqlState == "42601")
            let missing = await #expect(throws: PostgresError.self) { try await db.query("SELECT * FROM nowhere") }
            #expect(missing?.sqlState == "42P01")
        }
    }

    @Test("an unreachable server fails with connectionFailed and never shows the password")
    func unreachable() async throws {
        let url = "postgresql://someone:s3cret-pw@127.0.0.1:1/nothing"
        let error = await #expect(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect(to: url, connectTimeout: .seconds(2))
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.description.contains("s3cret-pw") == false)
        #expect(error?.description.contains("127.0.0.1") == true)
    }

    @Test("passwords are masked in URLs and key/value strings")
    func masking() {
        #expect(PostgresTarget.masked("postgresql://u:p%40ss@db:5432/x") == "postgresql://u:***@db:5432/x")
        #expect(
            PostgresTarget.masked("postgres://u@db/x?password=abc&sslmode=disable")
                == "postgres://u@db/x?password=***&sslmode=disable")
        #expect(PostgresTarget.masked("host=db password=abc user=u") == "host=db password=*** user=u")
        #expect(PostgresTarget.masked("postgresql://u@db/x") == "postgresql://u@db/x")
    }

    @Test("a connection killed by the server fails once with connectionLost, then reconnects")
    func reconnectAfterTermination() async throws {
        try await TestDatabase.withSchema { db, _ in
            let pid = try await db.query("SELECT pg_backend_pid() AS pid")[0].decode(Int.self, "pid")
            let killer = try await PostgresConnection.connect(to: try ServiceURLs.databaseURL())
            try await killer.query("SELECT pg_terminate_backend(\(Int32(pid)))")
            await killer.close()
            let error = await #expect(throws: PostgresError.self) { try await db.query("SELECT 1") }
            #expect(error?.code == .connectionLost)
            let newPid = try await db.query("SELECT pg_backend_pid() AS pid")[0].decode(Int.self, "pid")
            #expect(newPid != pid)
        }
    }

    @Test("a closed connection refuses further statements")
    func closed() async throws {
        let db = try await PostgresConnection.connect(to: try ServiceURLs.databaseURL())
        await db.close()
        let error = await #expect(throws: PostgresError.self) { try await db.query("SELECT 1") }
        #expect(error?.code == .closed)
    }
}
