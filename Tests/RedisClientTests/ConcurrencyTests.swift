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

    /// Blocking hiredis calls run on each connection's own queue; on the cooperative pool (one thread per core),
    /// four BLPOPs waiting a second would stall every other task for that second.
    @Test("blocking commands do not block Swift's cooperative thread pool")
    func cooperativePoolStaysFree() async throws {
        try await SharedRedis.withConnection { _, prefix async throws in
            var connections: [RedisConnection] = []
            for _ in 0..<4 { connections.append(try await SharedRedis.connect()) }
            let ticks = try await withThrowingTaskGroup(of: Int.self) { group in
                for connection in connections {
                    group.addTask { () async throws -> Int in
                        #expect(try await connection.send("BLPOP", prefix + "never", "1") == .null)
                        return 0
                    }
                }
                group.addTask {
                    var count = 0
                    let end = ContinuousClock.now + .milliseconds(800)
                    while ContinuousClock.now < end {
                        try await Task.sleep(for: .milliseconds(20))
                        count += 1
                    }
                    return count
                }
                return try await group.reduce(0, +)
            }
            for connection in connections { await connection.close() }
            #expect(ticks > 10, "the cooperative pool was blocked: only \(ticks) ticks in 800 ms")
        }
    }
}
