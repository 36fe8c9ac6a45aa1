import RedisClient
import Testing

@Suite("RedisURL parsing and masking")
struct RedisURLTests {
    @Test("host only: port 6379, database 0, no credentials")
    func defaults() throws {
        let url = try RedisURL("redis://127.0.0.1")
        #expect(url == RedisURL(host: "127.0.0.1", port: 6379, database: 0))
        #expect(url.user == nil && url.password == nil)
        #expect(try RedisURL("REDIS://cache.internal/") == RedisURL(host: "cache.internal"))
    }

    @Test("port, database, password and user")
    func credentialsPortDatabase() throws {
        #expect(
            try RedisURL("redis://:s3cret@localhost:63799/3")
                == RedisURL(host: "localhost", port: 63799, database: 3, password: "s3cret"))
        #expect(
            try RedisURL("redis://alice:pw@10.0.0.5:7000/15")
                == RedisURL(host: "10.0.0.5", port: 7000, database: 15, user: "alice", password: "pw"))
        #expect(try RedisURL("redis://[::1]:6380/2") == RedisURL(host: "::1", port: 6380, database: 2))
    }

    @Test("percent-encoded password and user are decoded")
    func percentDecoding() throws {
        let url = try RedisURL("redis://ops%2Bbot:p%40ss%3Aw%2Fo%25rd%20%ED%95%9C@host/1")
        #expect(url.user == "ops+bot")
        #expect(url.password == "p@ss:w/o%rd 한")
    }

    @Test("description, debugDescription and dump mask the password")
    func masking() throws {
        let url = try RedisURL("redis://:hunter2@127.0.0.1:6379/0")
        #expect(url.description == "redis://:***@127.0.0.1:6379/0")
        #expect("\(url)" == "redis://:***@127.0.0.1:6379/0")
        #expect(String(reflecting: url) == "redis://:***@127.0.0.1:6379/0")
        var dumped = ""
        dump(url, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        #expect(try RedisURL("redis://alice:x@h:1/2").description == "redis://alice:***@h:1/2")
        #expect(try RedisURL("redis://h").description == "redis://h:6379/0")
        #expect(try RedisURL("redis://[::1]:7/0").description == "redis://[::1]:7/0")
    }

    @Test(
        "malformed URLs are invalidURL errors naming the problem",
        arguments: [
            ("127.0.0.1:6379", "scheme"), ("http://host", "scheme"), ("rediss://host", "TLS"),
            ("redis://", "host"), ("redis://:6379", "host"), ("redis://host:", "port"), ("redis://host:0", "port"),
            ("redis://host:65536", "port"), ("redis://host:12ab", "port"), ("redis://host/x", "database"),
            ("redis://host/-1", "database"), ("redis://host/1/2", "database"), ("redis://pw@host", "colon"),
            ("redis://user:@host", "password"), ("redis://:p%zz@host", "%"), ("redis://host?timeout=1", "query"),
            ("redis://[::1", "]"), ("redis://ho st", "host"),
        ])
    func malformed(text: String, problem: String) throws {
        let error = try #require(throws: RedisError.self) { try RedisURL(text) }
        #expect(error.code == .invalidURL)
        #expect(error.message.contains(problem), "\(error.message)")
    }

    @Test(
        "errors for malformed URLs never repeat the password",
        arguments: [
            "redis://:TopSecret99@host:port", "redis://:TopSecret99@host/db", "redis://:TopSecret99%@host",
            "redis://TopSecret99@host", "rediss://:TopSecret99@host", "TopSecret99://x", "redis://:TopSecret99@",
        ])
    func noPasswordInErrors(text: String) throws {
        let error = try #require(throws: RedisError.self) { try RedisURL(text) }
        #expect(!error.description.contains("TopSecret99"))
        #expect(!"\(error)".contains("TopSecret99"))
    }
}
