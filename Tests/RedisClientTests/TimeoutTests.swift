import RedisClient
import TestSupport
import Testing

@Suite("Command timeouts")
struct TimeoutTests {
    @Test("a BLPOP longer than the command timeout throws timeout, then the connection recovers")
    func blockingCommand() async throws {
        try await SharedRedis.withConnection(commandTimeout: .milliseconds(300)) { redis, prefix async throws in
            let clock = ContinuousClock()
            let start = clock.now
            let error = await #expect(throws: RedisError.self) { try await redis.send("BLPOP", prefix + "never", "10") }
            let elapsed = clock.now - start
            #expect(error?.code == .timeout)
            #expect(error?.command == "BLPOP")
            // Cut by the 300 ms timeout: a BLPOP left to run its own 10 s returns null instead of throwing. No upper
            // bound on the time: CPU-bound suites running beside this one can delay the resumption by seconds.
            #expect(elapsed >= .milliseconds(250))
            #expect(try await redis.send("PING") == .status("PONG"))
        }
    }

    @Test("a slow server (DEBUG SLEEP) trips the timeout; once it is responsive again commands work")
    func slowServer() async throws {
        try await RedisServerProcess.with(extraArguments: ["--enable-debug-command", "yes"]) { server async throws in
            let redis = try await RedisConnection.connect(
                url: server.url(), connectTimeout: .seconds(2), commandTimeout: .milliseconds(200))
            let error = await #expect(throws: RedisError.self) { try await redis.send("DEBUG", "SLEEP", "1") }
            #expect(error?.code == .timeout)
            #expect(error?.hiredisMessage?.isEmpty == false)
            try await Task.sleep(for: .seconds(1))
            #expect(try await redis.send("PING") == .status("PONG"))
            await redis.close()
        }
    }
}
