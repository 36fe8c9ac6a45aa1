import Foundation
import IngestConfig
import Testing

@Suite("Settings: defaults, file, environment")
struct IngestSettingsTests {
    private func writeConfig(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString).toml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test("with nothing set, the defaults point at the services scripts/services starts")
    func defaults() throws {
        let settings = try IngestSettings.load(environment: [:])
        #expect(settings.databaseURL == "postgresql://connect_ingest@127.0.0.1:54329/connect_ingest")
        #expect(settings.redisQueueURL == "redis://127.0.0.1:63799/0")
        #expect(settings.redisCacheURL == "redis://127.0.0.1:63799/1")
        #expect(settings.duration(.leaseDuration) == .seconds(60))
        #expect(settings.duration(.leaseRenewInterval) == .seconds(15))
        #expect(settings.value(.databaseURL).origin == .defaultValue)
    }

    @Test("the config file overrides defaults and the environment overrides the file")
    func precedence() throws {
        let path = try writeConfig(
            """
            [database]
            url = "postgresql://file@db.example:5432/connect"
            [redis]
            queue_url = "redis://queue.example:6380/0"
            [timing]
            lease = "2m"
            lease_renew = 20
            """)
        let settings = try IngestSettings.load(
            environment: ["REDIS_QUEUE_URL": "redis://env.example:6380/2", "CONNECT_TIMING_LEASE": "300ms"],
            configFile: path)
        #expect(settings.databaseURL == "postgresql://file@db.example:5432/connect")
        #expect(settings.value(.databaseURL).origin.description.hasSuffix(":2:1"))
        #expect(settings.redisQueueURL == "redis://env.example:6380/2")
        #expect(settings.value(.redisQueueURL).origin == .environment("REDIS_QUEUE_URL"))
        #expect(settings.duration(.leaseDuration) == .milliseconds(300))
        #expect(settings.duration(.leaseRenewInterval) == .seconds(20))
    }

    @Test("CONNECT_INGEST_CONFIG names the file when --config is not given")
    func configFromEnvironment() throws {
        let path = try writeConfig("[paths]\narchive = \"/srv/archive\"\n")
        let settings = try IngestSettings.load(environment: ["CONNECT_INGEST_CONFIG": path])
        #expect(settings.archiveDirectory == "/srv/archive")
    }

    @Test(
        "a malformed value is an error naming the setting and where it came from",
        arguments: [
            ("DATABASE_URL", "mysql://db/x", "database.url"),
            ("REDIS_QUEUE_URL", "localhost:6379", "redis.queue_url"),
            ("REDIS_CACHE_URL", "redis://127.0.0.1:6379/cache", "redis.cache_url"),
            ("CONNECT_TIMING_LEASE", "sixty", "timing.lease"),
            ("CONNECT_TIMING_LEASE_RENEW", "-5s", "timing.lease_renew"),
            ("CONNECT_ARCHIVE_DIR", "  ", "paths.archive"),
        ])
    func malformedEnvironment(variable: String, value: String, setting: String) {
        let error = #expect(throws: SettingsError.self) { try IngestSettings.load(environment: [variable: value]) }
        #expect(error?.setting == setting)
        #expect(error?.origin == "environment variable \(variable)")
    }

    @Test("unknown keys and sections in the file are errors with their position")
    func unknownKeys() throws {
        let typo = try writeConfig("[timing]\nleese = \"60s\"\n")
        let error = #expect(throws: SettingsError.self) { try IngestSettings.load(environment: [:], configFile: typo) }
        #expect(error?.setting == "timing.leese")
        #expect(error?.origin.hasSuffix(":2:1") == true)
        #expect(error?.message.contains("timing.lease") == true)

        let section = try writeConfig("[datbase]\nurl = \"postgresql://x@y/z\"\n")
        let sectionError = #expect(throws: SettingsError.self) {
            try IngestSettings.load(environment: [:], configFile: section)
        }
        #expect(sectionError?.setting == "datbase")
    }

    @Test("a file that is not TOML or not there is an error naming the file")
    func badFile() throws {
        let broken = try writeConfig("[database\nurl = 1\n")
        let error = #expect(throws: SettingsError.self) {
            try IngestSettings.load(environment: [:], configFile: broken)
        }
        #expect(error?.origin.hasPrefix(broken) == true)
        let missing = #expect(throws: SettingsError.self) {
            try IngestSettings.load(environment: [:], configFile: "/nonexistent/connect.toml")
        }
        #expect(missing?.origin == "/nonexistent/connect.toml")
    }

    @Test("printed settings never show a password")
    func redactedOutput() throws {
        let settings = try IngestSettings.load(environment: [
            "DATABASE_URL": "postgresql://ingest:pg-s3cret@db:5432/connect",
            "REDIS_CACHE_URL": "redis://:redis-s3cret@cache:6379/1",
        ])
        let text = settings.redactedLines().joined(separator: "\n")
        #expect(!text.contains("pg-s3cret"))
        #expect(!text.contains("redis-s3cret"))
        #expect(text.contains("postgresql://ingest:***@db:5432/connect"))
        #expect(text.contains("redis://:***@cache:6379/1"))
        let error = #expect(throws: SettingsError.self) {
            try IngestSettings.load(environment: ["DATABASE_URL": "pg://user:pg-s3cret@db/x"])
        }
        #expect(error?.description.contains("pg-s3cret") == false)
    }
}
