import RedisClient
import Testing

@Suite("Sharing a connection between tasks")
struct ConcurrencyTests {
    @Test("50 tasks × 20 INCR on one connection count to 1000")
    func sharedIncrements() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            let key = prefix + "counter"
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        for _ in 0..<20 { _ = try await redis.send("INCR", key) }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await redis.send("GET", key).int == 1000)
        }
    }

    /// Blocking hiredis calls run on each connection's own queue. On the cooperative pool (one thread per core), four
    /// BLPOPs waiting two seconds would occupy every pool thread, and no other task could run until they returned.
    @Test("blocking commands do not block Swift's cooperative thread pool")
    func cooperativePoolStaysFree() async throws {
        try await SharedRedis.withConnection { _, prefix async throws in
            var connections: [RedisConnection] = []
            for _ in 0..<4 { connections.append(try await SharedRedis.connect()) }
            let clock = ContinuousClock()
            let finishes = try await withThrowingTaskGroup(of: (probe: Bool, at: ContinuousClock.Instant).self) {
                group in
                for connection in connections {
                    group.addTask {
                        let reply = try await connection.send("BLPOP", prefix + "never", "2")
                        #expect(reply == .null)
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
            let firstBlockingReturn = try #require(finishes.filter { !$0.probe }.map(\.at).min())
            #expect(probe < firstBlockingReturn, "a cooperative task could not run while the BLPOPs were waiting")
        }
    }
}
