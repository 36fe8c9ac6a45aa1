import RedisClient
import TestSupport
import Testing

@Suite("AUTH and SELECT against a private server")
struct AuthenticationTests {
    @Test("a wrong password is authenticationFailed and the password appears nowhere in the error")
    func wrongPassword() async throws {
        try await RedisServerProcess.with(password: "secret") { server async throws in
            let error = await #expect(throws: RedisError.self) {
                try await RedisConnection.connect(url: server.url(password: "Wrong-Passw0rd"))
            }
            #expect(error?.code == .authenticationFailed)
            #expect(error?.serverMessage?.isEmpty == false)
            let texts = [error?.description, error?.message, error?.serverMessage, error?.endpoint, error?.command]
            #expect(texts.allSatisfy { !($0 ?? "").contains("Wrong-Passw0rd") })
            #expect(error?.endpoint?.contains(":***@") == true)
        }
    }

    @Test("the right password works, alone or with the default user")
    func rightPassword() async throws {
        try await RedisServerProcess.with(password: "secret") { server async throws in
            let plain = try await RedisConnection.connect(url: server.url())
            #expect(try await plain.send("PING") == .status("PONG"))
            await plain.close()
            let withUser = try await RedisConnection.connect(url: server.url(user: "default"))
            #expect(try await withUser.send("ACL", "WHOAMI").string == "default")
            await withUser.close()
        }
    }

    @Test("no password for a protected server: commands fail with authenticationFailed")
    func missingPassword() async throws {
        try await RedisServerProcess.with(password: "secret") { server async throws in
            let redis = try await RedisConnection.connect(url: "redis://127.0.0.1:\(server.port)/0")
            let error = await #expect(throws: RedisError.self) { try await redis.send("PING") }
            #expect(error?.code == .authenticationFailed)
            await redis.close()
            let selecting = await #expect(throws: RedisError.self) {
                try await RedisConnection.connect(url: "redis://127.0.0.1:\(server.port)/3")
            }
            #expect(selecting?.code == .authenticationFailed)
        }
    }

    @Test("the URL's database number is selected")
    func databaseSelection() async throws {
        try await RedisServerProcess.with(password: "secret") { server async throws in
            let db3 = try await RedisConnection.connect(url: server.url(database: 3))
            let db0 = try await RedisConnection.connect(url: server.url(database: 0))
            _ = try await db3.send("SET", "where", "three")
            #expect(try await db3.send("GET", "where").string == "three")
            #expect(try await db0.send("GET", "where") == .null)
            #expect(try await db3.send("CLIENT", "INFO").string?.contains(" db=3 ") == true)
            await db3.close()
            await db0.close()
            let error = await #expect(throws: RedisError.self) {
                try await RedisConnection.connect(url: server.url(database: 999))
            }
            #expect(error?.code == .connectionFailed)
            #expect(error?.serverMessage?.contains("out of range") == true)
        }
    }
}
