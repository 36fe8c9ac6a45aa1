import RedisClient
import TestSupport
import Testing

@Suite("Reconnecting after the server or the socket goes away")
struct ReconnectTests {
    @Test("after redis-server restarts, the next command on the same connection succeeds (with AUTH and SELECT)")
    func serverRestart() async throws {
        try await RedisServerProcess.with(password: "secret", extraArguments: ["--appendonly", "yes"]) {
            server async throws in
            let redis = try await RedisConnection.connect(
                url: server.url(database: 3), connectTimeout: .milliseconds(500), commandTimeout: .seconds(1))
            _ = try await redis.send("SET", "survivor", "before restart")
            await server.stop()
            try await server.start()
            // The old socket is found closed before anything is written to it. The AOF kept the key, so reading it
            // from db 3 proves AUTH and SELECT were redone on the new connection.
            #expect(try await redis.send("GET", "survivor").string == "before restart")
            #expect(try await redis.send("SET", "after", "restart") == .status("OK"))
            await redis.close()
        }
    }

    @Test("while the server is down commands fail fast; once it is back they work again")
    func serverDown() async throws {
        try await RedisServerProcess.with(password: "secret") { server async throws in
            let redis = try await RedisConnection.connect(
                url: server.url(database: 2), connectTimeout: .milliseconds(500), commandTimeout: .seconds(1))
            #expect(try await redis.send("PING") == .status("PONG"))
            await server.stop()
            let clock = ContinuousClock()
            for _ in 0..<2 {
                let start = clock.now
                let error = await #expect(throws: RedisError.self) { try await redis.send("SET", "k", "v") }
                #expect(error?.code == .connectionFailed || error?.code == .connectionLost)
                #expect(error?.hiredisMessage?.isEmpty == false)
                #expect(error?.description.contains("secret") == false)
                // No hang: the server is down, the call fails (its timeouts are 0.5 s and 1 s; the bound only catches
                // a call that never returns, since a loaded machine running the whole suite delays threads by seconds).
                #expect(clock.now - start < .seconds(60))
            }
            try await server.start()
            #expect(try await redis.send("SET", "k", "v") == .status("OK"))
            #expect(try await redis.send("CLIENT", "INFO").string?.contains(" db=2 ") == true)
            await redis.close()
        }
    }

    @Test("an idle connection the server closed is replaced before the next command")
    func idleSocketClosedByServer() async throws {
        try await SharedRedis.withConnection { redis, _ async throws in
            let admin = try await SharedRedis.connect()
            let id = try #require(try await redis.send("CLIENT", "ID").int)
            #expect(try await admin.send(["CLIENT", "KILL", "ID", RedisArgument(id)]) == .integer(1))
            // The killed socket is noticed before writing, so PING goes out on a fresh connection.
            #expect(try await redis.send("PING") == .status("PONG"))
            #expect(try await redis.send("CLIENT", "ID").int != id)
            await admin.close()
        }
    }

    @Test("a connection that breaks mid-command throws connectionLost, and the next command reconnects")
    func brokenInFlight() async throws {
        // BLPOP waits 30 s: the kill ends it long before, even when a busy suite delays this task by seconds.
        try await SharedRedis.withConnection(commandTimeout: .seconds(40)) { redis, prefix async throws in
            let admin = try await SharedRedis.connect()
            let id = try #require(try await redis.send("CLIENT", "ID").int)
            let blocked = Task { try await redis.send("BLPOP", prefix + "never", "30") }
            // Kill the client only once the server shows it blocked in BLPOP.
            var sawBlocked = false
            for _ in 0..<100 where !sawBlocked {
                let info = try await admin.send(["CLIENT", "LIST", "ID", RedisArgument(id)]).string ?? ""
                sawBlocked = info.contains("cmd=blpop")
                if !sawBlocked { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(sawBlocked)
            _ = try await admin.send(["CLIENT", "KILL", "ID", RedisArgument(id)])
            let error = await #expect(throws: RedisError.self) { try await blocked.value }
            #expect(error?.code == .connectionLost)
            #expect(error?.command == "BLPOP")
            #expect(try await redis.send("PING") == .status("PONG"))
            await admin.close()
        }
    }

    @Test("a reply hiredis 0.14 cannot read is a protocolError, and the connection is replaced")
    func unreadableReply() async throws {
        try await SharedRedis.withConnection { redis, _ async throws in
            // hiredis 0.14 reads arrays nested at most 7 deep.
            let deep = RedisScript("return {{{{{{{{{1}}}}}}}}}")
            let error = await #expect(throws: RedisError.self) { try await redis.evaluate(deep) }
            #expect(error?.code == .protocolError)
            #expect(error?.hiredisMessage?.isEmpty == false)
            #expect(try await redis.send("PING") == .status("PONG"))
        }
    }
}
