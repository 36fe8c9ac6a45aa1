import Foundation
import RedisClient
import TestSupport
import Testing

@Suite("Lua scripts through EVALSHA")
struct ScriptingTests {
    static let compareAndSet = RedisScript(
        """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
            redis.call('SET', KEYS[1], ARGV[2])
            return 1
        end
        return 0
        """)

    @Test("compare-and-set with keys and arguments")
    func compareAndSet() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            let key = RedisArgument(prefix + "state")
            _ = try await redis.send(["SET", key, "leased"])
            let swapped = try await redis.evaluate(Self.compareAndSet, keys: [key], arguments: ["leased", "done"])
            #expect(swapped == .integer(1))
            #expect(try await redis.send(["GET", key]).string == "done")
            let stale = try await redis.evaluate(Self.compareAndSet, keys: [key], arguments: ["leased", "again"])
            #expect(stale == .integer(0))
            #expect(try await redis.send(["GET", key]).string == "done")
        }
    }

    @Test("a script the server has never seen is loaded on NOSCRIPT and run")
    func unknownScriptIsLoaded() async throws {
        try await SharedRedis.withConnection { redis, prefix async throws in
            // A unique source gives a SHA-1 no other test has loaded, so the first EVALSHA meets NOSCRIPT.
            let script = RedisScript("-- \(UUID().uuidString)\nreturn {KEYS[1], ARGV[1], tonumber(ARGV[2]) + 1}")
            #expect(try await redis.send("SCRIPT", "EXISTS", script.sha1) == .array([.integer(0)]))
            let reply = try await redis.evaluate(script, keys: [.init(prefix + "k")], arguments: ["한글", 41])
            #expect(reply == .array([.bulk(Array((prefix + "k").utf8)), .bulk(Array("한글".utf8)), .integer(42)]))
            #expect(try await redis.send("SCRIPT", "EXISTS", script.sha1) == .array([.integer(1)]))
        }
    }

    @Test("loadScript returns the same SHA-1 the client computed")
    func loadScriptSHA() async throws {
        try await SharedRedis.withConnection { redis, _ async throws in
            #expect(try await redis.loadScript(Self.compareAndSet) == Self.compareAndSet.sha1)
        }
    }

    @Test("an error raised by the script is thrown as serverError")
    func scriptError() async throws {
        try await SharedRedis.withConnection { redis, _ async throws in
            let script = RedisScript("return redis.error_reply('LEASE lost by worker')")
            let error = await #expect(throws: RedisError.self) { try await redis.evaluate(script) }
            #expect(error?.code == .serverError)
            #expect(error?.command == "EVALSHA")
            #expect(error?.serverMessage?.contains("LEASE lost") == true)
        }
    }

    @Test("after SCRIPT FLUSH the script is loaded again (own server, so the shared cache is left alone)")
    func afterScriptFlush() async throws {
        try await RedisServerProcess.with { server async throws in
            let redis = try await RedisConnection.connect(url: server.url())
            _ = try await redis.send("SET", "state", "a")
            #expect(
                try await redis.evaluate(Self.compareAndSet, keys: ["state"], arguments: ["a", "b"]) == .integer(1))
            #expect(try await redis.send("SCRIPT", "FLUSH") == .status("OK"))
            #expect(try await redis.send("SCRIPT", "EXISTS", Self.compareAndSet.sha1) == .array([.integer(0)]))
            #expect(
                try await redis.evaluate(Self.compareAndSet, keys: ["state"], arguments: ["b", "c"]) == .integer(1))
            #expect(try await redis.send("GET", "state").string == "c")
            await redis.close()
        }
    }
}
