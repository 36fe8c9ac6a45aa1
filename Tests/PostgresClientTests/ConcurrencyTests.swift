import PostgresClient
import TestSupport
import Testing

@Suite("Concurrency")
struct ConcurrencyTests {
    /// Blocking libpq calls run on each connection's own queue. If they ran on the cooperative pool (as many threads
    /// as cores), four sleeping queries would starve every other task for the whole second.
    @Test("slow queries do not block Swift's cooperative thread pool")
    func cooperativePoolStaysFree() async throws {
        let connections = try await withThrowingTaskGroup(of: PostgresConnection.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresConnection.connect(to: try ServiceURLs.databaseURL()) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let ticks = try await withThrowingTaskGroup(of: Int.self) { group in
            for connection in connections {
                group.addTask {
                    try await connection.query("SELECT pg_sleep(1)")
                    return 0
                }
            }
            group.addTask {
                var count = 0
                let clock = ContinuousClock()
                let end = clock.now.advanced(by: .milliseconds(800))
                while clock.now < end {
                    try await Task.sleep(for: .milliseconds(20))
                    count += 1
                }
                return count
            }
            return try await group.reduce(0, +)
        }
        for connection in connections { await connection.close() }
        #expect(ticks >= 10)
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
