import Foundation
import TestSupport
import Testing

@Suite("The connect-ingest command")
struct CommandLineTests {
    @Test("--help lists the subcommands and --version prints the version")
    func helpAndVersion() async throws {
        let help = try await CommandRunner.run(["--help"])
        #expect(help.status == 0)
        for subcommand in ["migrate", "health", "config"] {
            #expect(help.standardOutput.contains(subcommand), "help does not mention \(subcommand)")
        }
        let version = try await CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let migrateHelp = try await CommandRunner.run(["migrate", "--help"])
        #expect(migrateHelp.standardOutput.contains("DATABASE_URL"))
    }

    @Test("migrate applies the schema once; the second run changes nothing")
    func migrateTwice() async throws {
        try await TestDatabase.withDatabase { url in
            let first = try await CommandRunner.run(["migrate"], environment: ["DATABASE_URL": url])
            #expect(first.status == 0, "\(first.standardError)")
            #expect(first.standardOutput.contains("applied 1 initial schema"))
            let second = try await CommandRunner.run(["migrate"], environment: ["DATABASE_URL": url])
            #expect(second.status == 0)
            #expect(second.standardOutput.contains("up to date"))
            #expect(!second.standardOutput.contains("applied"))
        }
    }

    @Test("migrate against a dead database names it, hints at the fix and exits 69")
    func migrateUnreachable() async throws {
        let outcome = try await CommandRunner.run(
            ["migrate"], environment: ["DATABASE_URL": "postgresql://u:hunter2@127.0.0.1:1/x"])
        #expect(outcome.status == 69)
        #expect(outcome.standardError.contains("postgresql://u:***@127.0.0.1:1/x"))
        #expect(outcome.standardError.contains("scripts/services start"))
        #expect(!outcome.standardError.contains("hunter2"))
    }

    @Test("health reports all three services and exits 0 when they answer")
    func healthy() async throws {
        let outcome = try await CommandRunner.run(
            ["health"],
            environment: [
                "DATABASE_URL": try ServiceURLs.databaseURL(), "REDIS_QUEUE_URL": try ServiceURLs.redisQueueURL(),
                "REDIS_CACHE_URL": try ServiceURLs.redisCacheURL(),
            ])
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains(" ok ") })
        #expect(outcome.standardOutput.contains("appendonly"))
    }

    @Test("health exits non-zero and says which service failed when one does not answer")
    func unhealthy() async throws {
        let outcome = try await CommandRunner.run(
            ["health"],
            environment: [
                "DATABASE_URL": try ServiceURLs.databaseURL(), "REDIS_QUEUE_URL": try ServiceURLs.redisQueueURL(),
                "REDIS_CACHE_URL": "redis://:pw-s3cret@127.0.0.1:1/1", "CONNECT_TIMING_CONNECT_TIMEOUT": "2s",
            ])
        #expect(outcome.status == 69)
        let cacheLine = outcome.standardOutput.split(separator: "\n").first { $0.hasPrefix("redis cache") }
        #expect(cacheLine?.contains("FAIL") == true)
        #expect(!outcome.standardOutput.contains("pw-s3cret"))
        #expect(
            outcome.standardOutput.split(separator: "\n").first { $0.hasPrefix("postgres") }?.contains(" ok ") == true)
    }

    @Test("a malformed setting stops any command with the setting's name and exit code 78")
    func badSetting() async throws {
        let outcome = try await CommandRunner.run(["health"], environment: ["CONNECT_TIMING_LEASE": "forever"])
        #expect(outcome.status == 78)
        #expect(outcome.standardError.contains("timing.lease"))
        #expect(outcome.standardError.contains("CONNECT_TIMING_LEASE"))
    }

    @Test("config show prints every setting with its origin and masks passwords")
    func configShow() async throws {
        let outcome = try await CommandRunner.run(
            ["config", "show"],
            environment: [
                "DATABASE_URL": "postgresql://ingest:pg-s3cret@db:5432/connect", "CONNECT_INGEST_CONFIG": nil,
            ])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("database.url"))
        #expect(outcome.standardOutput.contains("postgresql://ingest:***@db:5432/connect"))
        #expect(outcome.standardOutput.contains("environment variable DATABASE_URL"))
        #expect(!outcome.standardOutput.contains("pg-s3cret"))
        #expect(outcome.standardOutput.contains("timing.lease"))
    }
}
