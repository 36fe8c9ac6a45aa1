import RedisClient
import Testing

@Suite("Pipelining")
struct PipelineTests {
    @Test("1,000 commands return 1,000 replies in order")
    func thousandInOrder() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            let key = RedisArgument(prefix + "list")
            let commands = (1...1000).map { ["RPUSH", key, RedisArgument($0)] }
            let replies = try await redis.pipeline(commands)
            #expect(replies.count == 1000)
            #expect(replies == (1...1000).map { .integer(Int64($0)) })
            let values = try await redis.send(["LRANGE", key, 0, -1]).array?.compactMap(\.int)
            #expect(values == Array(1...1000))
        }
    }

    @Test("a failing command comes back as .error in its slot and the rest still run")
    func failureInTheMiddle() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            let replies = try await redis.pipeline([
                ["SET", "\(prefix)word", "abc"],
                ["INCR", "\(prefix)n"],
                ["INCR", "\(prefix)word"],
                ["INCR", "\(prefix)n"],
                ["GET", "\(prefix)missing"],
            ])
            #expect(replies.count == 5)
            #expect(replies[0] == .status("OK"))
            #expect(replies[1] == .integer(1))
            #expect(replies[2].errorMessage?.contains("not an integer") == true)
            #expect(replies[3] == .integer(2))
            #expect(replies[4] == .null)
        }
    }

    @Test("an empty pipeline sends nothing; a pipeline with an empty command is refused")
    func emptyInputs() async throws {
        try await SharedRedis.withConnection { redis, _ async throws in
            #expect(try await redis.pipeline([]) == [])
            let error = await #expect(throws: RedisError.self) { try await redis.pipeline([["PING"], []]) }
            #expect(error?.code == .invalidCommand)
            #expect(try await redis.pipeline([["PING"], ["ECHO", "x"]]) == [.status("PONG"), .bulk([0x78])])
        }
    }
}
