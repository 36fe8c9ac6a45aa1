import PostgresClient
import TestSupport
import Testing

@Suite("Concurrency")
struct ConcurrencyTests {
    /// Blocking libpq calls run on each connection's own queue. On the cooperative pool (one thread per core), four
    /// sleeping queries would occupy every pool thread, and no other task could run until they returned.
    @Test("slow queries do not block Swift's cooperative thread pool")
    func cooperativePoolStaysFree() async throws {
        let url = try ServiceURLs.databaseURL()
        let connections = try await withThrowingTaskGroup(of: PostgresConnection.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresConnection.connect(to: url) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let clock = ContinuousClock()
        let finishes = try await withThrowingTaskGroup(of: (probe: Bool, at: ContinuousClock.Instant).self) { group in
            for connection in connections {
                group.addTask {
                    try await connection.query("SELECT pg_sleep(2)")
                    return (false, clock.now)
                }
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(100))
                return (true, clock.now)
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for connection in connections { await connection.close() }
        let probe = try #require(finishes.first { $0.probe }).at
        let firstQueryReturn = try #require(finishes.filter { !$0.probe }.map(\.at).min())
        #expect(probe < firstQueryReturn, "a cooperative task could not run while the queries were sleeping")
    }

    @Test("one connection shared by many tasks answers each of them")
    func sharedConnection() async throws {
        try await TestDatabase.withSchema { db, _ in
            let sum = try await withThrowingTaskGroup(of: Int.self) { group in
                for value in 1...100 {
                    group.addTask { try await db.query("SELECT \(value) * 2 AS v")[0].decode(Int.self, "v") }
                }
                return try await group.reduce(0, +)
            }
            #expect(sum == 2 * 5050)
        }
    }
}
