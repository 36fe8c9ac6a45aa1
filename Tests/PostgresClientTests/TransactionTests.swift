import PostgresClient
import TestSupport
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Abort: Error {}

    @Test("an error inside the transaction rolls every statement back")
    func rollback() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE runs (id int)")
            await #expect(throws: Abort.self) {
                try await db.transaction { tx in
                    try await tx.query("INSERT INTO runs VALUES (1), (2)")
                    #expect(try await tx.query("SELECT count(*) FROM runs")[0].decode(Int.self, at: 0) == 2)
                    throw Abort()
                }
            }
            #expect(try await db.query("SELECT count(*) FROM runs")[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test("a committed transaction keeps its rows and returns the body's value")
    func commit() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE runs (id int)")
            let inserted = try await db.transaction(isolation: .serializable) { tx in
                try await tx.query("INSERT INTO runs VALUES (1), (2), (3)").affectedRows
            }
            #expect(inserted == 3)
            #expect(try await db.query("SELECT count(*) FROM runs")[0].decode(Int.self, at: 0) == 3)
        }
    }

    @Test("a swallowed statement error still makes the transaction fail instead of silently rolling back")
    func swallowedError() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE runs (id int PRIMARY KEY)")
            let error = await #expect(throws: PostgresError.self) {
                try await db.transaction { tx in
                    try await tx.query("INSERT INTO runs VALUES (1)")
                    _ = try? await tx.query("INSERT INTO runs VALUES (1)")
                }
            }
            #expect(error?.message.contains("rolled back") == true)
            #expect(try await db.query("SELECT count(*) FROM runs")[0].decode(Int.self, at: 0) == 0)
        }
    }
}
