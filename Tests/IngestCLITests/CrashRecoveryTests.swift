import AgencySim
import Foundation
import PostgresClient
import TestSupport
import Testing

@Suite("A worker killed in the middle of storing")
struct CrashRecoveryTests {
    @Test("a process killed inside its store transaction leaves nothing half-written, and a rerun completes the change")
    func killedMidBatch() async throws {
        let simulator = try AgencySimulator(fixturesRoot: CrawlCommandTests.root.appendingPathComponent("Fixtures"))
        try simulator.start()
        defer { simulator.stop() }
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: archive) }
        try await TestDatabase.withDatabase { url in
            let environment: [String: String?] = [
                "DATABASE_URL": url, "CONNECT_ARCHIVE_DIR": archive.path, "CONNECT_TIMING_RATE_LIMIT_WINDOW": "1s",
                "CONNECT_AGENCIES_DIR": CrawlCommandTests.root.appendingPathComponent("agencies").path,
            ]
            let arguments = [
                "crawl", "--source", "keit.itech.list", "--full", "--simulator", "\(simulator.port)",
                "--requests-per-minute", "200",
            ]
            let first = try await CommandRunner.run(arguments, environment: environment)
            #expect(first.status == 0 || first.status == 65, "\(first.standardError)")
            let db = try await PostgresConnection.connect(to: url)
            let before = try await db.query(
                "SELECT max(last_seen_at)::text AS t, count(DISTINCT program_id)::int AS n FROM program_sources")
            let seenBefore = try before[0].decode(String.self, "t")
            try #require(try before[0].decode(Int.self, "n") > 1)

            // KEIT moves a deadline; a second worker stores the batch: unchanged rows are touched first, then the
            // changed program waits on the row this test holds locked, inside the worker's transaction.
            try simulator.apply(scenarioNamed: "deadline-change")
            let locker = try await PostgresConnection.connect(to: url)
            try await locker.query("BEGIN")
            try await locker.query("SELECT id FROM programs WHERE source_item_id = 'I26077-2026' FOR UPDATE")
            let process = Process()
            process.executableURL = try CommandRunner.binaryURL()
            process.arguments = arguments
            var inherited = ProcessInfo.processInfo.environment
            for (name, value) in environment { inherited[name] = value }
            process.environment = inherited
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the worker is blocked on the locked row, then kill it there.
            var blocked = false
            for _ in 0..<100 where !blocked {
                try await Task.sleep(for: .milliseconds(100))
                let waiting = try await db.query(
                    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
                blocked = try waiting[0].decode(Int.self, "n") > 0
            }
            #expect(blocked, "the worker never reached the locked row")
            kill(process.processIdentifier, SIGKILL)
            await process.exited()
            try await locker.query("ROLLBACK")
            await locker.close()

            // Nothing of the killed batch is there: no "last seen" moved, no version written.
            let after = try await db.query("SELECT max(last_seen_at)::text AS t FROM program_sources")
            #expect(try after[0].decode(String.self, "t") == seenBefore)
            let versions = try await db.query("SELECT count(*)::int AS n FROM program_versions")
            #expect(try versions[0].decode(Int.self, "n") == 0)

            // A rerun completes it.
            let rerun = try await CommandRunner.run(arguments, environment: environment)
            #expect(rerun.status == 0 || rerun.status == 65, "\(rerun.standardError)")
            let changed = try await db.query(
                "SELECT version FROM programs WHERE source_item_id = 'I26077-2026'")
            #expect(try changed[0].decode(Int.self, "version") == 2)
            await db.close()
        }
    }
}
