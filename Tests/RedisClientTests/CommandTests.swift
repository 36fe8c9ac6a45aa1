import RedisClient
import TestSupport
import Testing

@Suite("Commands against the shared Redis")
struct CommandTests {
    /// A named byte string, so test output shows the name instead of a megabyte of numbers.
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { "\(name) (\(bytes.count) bytes)" }
    }

    @Test(
        "values round-trip byte for byte",
        arguments: [
            Sample(name: "Korean", bytes: Array("과학기술정보통신부 공고 제2026-0876호".utf8)),
            Sample(name: "emoji", bytes: Array("🚀👩‍👩‍👧 emoji".utf8)),
            Sample(name: "NUL, CR LF and RESP markers", bytes: [0, 13, 10, 0, 36, 42, 43, 45, 58, 255, 13, 10]),
            Sample(name: "empty", bytes: []),
            Sample(name: "1 MiB", bytes: Array(repeating: 0xAB, count: 1 << 20)),
        ])
    func binarySafeRoundTrip(sample: Sample) async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            let key = RedisArgument(bytes: Array((prefix + "bin\r\n").utf8) + [0, 1])
            #expect(try await redis.send(["SET", key, RedisArgument(bytes: sample.bytes)]) == .status("OK"))
            #expect(try await redis.send(["GET", key]) == .bulk(sample.bytes))
            #expect(try await redis.send(["STRLEN", key]) == .integer(Int64(sample.bytes.count)))
        }
    }

    @Test("a missing key is a null reply")
    func missingKey() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            let reply = try await redis.send("GET", prefix + "absent")
            #expect(reply == .null)
            #expect(reply.isNull)
        }
    }

    @Test("integer, status and array replies")
    func replyKinds() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            #expect(try await redis.send("PING") == .status("PONG"))
            #expect(try await redis.send("INCR", prefix + "n") == .integer(1))
            #expect(try await redis.send("INCRBY", prefix + "n", "41").int == 42)
            #expect(try await redis.send(["RPUSH", "\(prefix)list", "a", "", "한", 3]) == .integer(4))
            let range = try await redis.send("LRANGE", prefix + "list", "0", "-1")
            #expect(range == .array([.bulk(Array("a".utf8)), .bulk([]), .bulk(Array("한".utf8)), .bulk([0x33])]))
            #expect(range.array?.compactMap(\.string) == ["a", "", "한", "3"])
            #expect(try await redis.send("LRANGE", prefix + "none", "0", "-1") == .array([]))
            #expect(try await redis.send("GET", prefix + "n").int == 42)
        }
    }

    @Test("an error reply is thrown with the server's message and the command name, not its values")
    func serverErrorThrown() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            _ = try await redis.send("SET", prefix + "word", "not-a-number-value")
            let error = await #expect(throws: RedisError.self) { try await redis.send("INCR", prefix + "word") }
            #expect(error?.code == .serverError)
            #expect(error?.command == "INCR")
            #expect(error?.serverMessage?.contains("not an integer") == true)
            #expect(error?.description.contains(prefix) == false)
            // The connection is still fine afterwards.
            #expect(try await redis.send("GET", prefix + "word").string == "not-a-number-value")
            let unknown = await #expect(throws: RedisError.self) { try await redis.send("NOSUCHCOMMAND") }
            #expect(unknown?.serverMessage?.contains("unknown command") == true)
        }
    }

    @Test("an empty argument vector is refused before anything is sent")
    func emptyCommand() async throws {
        try await SharedRedis.withConnection { redis, _ async throws in
            let error = await #expect(throws: RedisError.self) { try await redis.send([]) }
            #expect(error?.code == .invalidCommand)
            #expect(try await redis.send("PING") == .status("PONG"))
        }
    }

    @Test("after close() commands throw closed, and close() can be called again")
    func closeIsFinal() async throws {
        let redis = try await SharedRedis.connect()
        await redis.close()
        await redis.close()
        let error = await #expect(throws: RedisError.self) { try await redis.send("PING") }
        #expect(error?.code == .closed)
    }

    @Test("connecting to a port nobody listens on fails fast with connectionFailed")
    func connectionRefused() async throws {
        let port = try RedisServerProcess.freePort()
        let error = await #expect(throws: RedisError.self) {
            try await RedisConnection.connect(
                url: "redis://:pw-not-shown@127.0.0.1:\(port)/0", connectTimeout: .seconds(60),
                commandTimeout: .seconds(1))
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.hiredisMessage?.isEmpty == false)
        #expect(error?.description.contains("pw-not-shown") == false)
        #expect(error?.endpoint == "redis://:***@127.0.0.1:\(port)/0")
        // Refused, not timed out: hiredis says which (a wall-clock bound would only measure how loaded the machine
        // is; under a parallel suite on 2 cores blocking calls queue for threads).
        #expect(
            error?.hiredisMessage?.localizedCaseInsensitiveContains("refused") == true, "\(String(describing: error))")
    }
}
