import Foundation
import Parse
import Schedule
import TestSupport
import Testing

/// The systemd units and the install script in scripts/: read as systemd reads them, installed into a temporary
/// folder with the real built binary, checked with `systemd-analyze verify`, and their timer checked against the
/// scheduler's own slots with `systemd-analyze calendar`. Where systemd-analyze is missing the same tests still check
/// everything they can without it.
@Suite("systemd units and install-systemd")
struct SystemdUnitTests {
    static let scripts = ServiceURLs.checkoutRoot.appendingPathComponent("scripts")
    static let unitNames = [
        "connect-ingest-schedule.service", "connect-ingest-schedule.timer", "connect-ingest-worker.service",
    ]
    /// systemd-analyze, unless `CONNECT_TEST_WITHOUT_SYSTEMD_ANALYZE=1` asks for the checks a host without it gets.
    static let analyzer =
        ProcessInfo.processInfo.environment["CONNECT_TEST_WITHOUT_SYSTEMD_ANALYZE"] == "1"
        ? nil : ToolRunner.find("systemd-analyze")

    static func unit(_ name: String) throws -> UnitFile {
        let url = scripts.appendingPathComponent("systemd").appendingPathComponent(name)
        return UnitFile(name: name, text: try String(contentsOf: url, encoding: .utf8))
    }

    @Test("the scheduler's unit: a oneshot running `schedule` with secrets from the env file, hardened")
    func scheduleService() throws {
        let unit = try Self.unit("connect-ingest-schedule.service")
        #expect(unit.malformedLines.isEmpty, "\(unit.malformedLines)")
        #expect(unit.value("Service", "Type") == "oneshot")
        #expect(unit.value("Service", "ExecStart") == "@BINARY@ schedule")
        #expect(unit.value("Service", "EnvironmentFile") == "@CONFIG_DIR@/env")
        #expect(unit.value("Service", "User") == "@USER@")
        for (key, value) in Self.hardening { #expect(unit.value("Service", key) == value, "\(key)") }
        #expect(unit.values("Service", "Restart").isEmpty, "a oneshot the timer starts again is not restarted")
    }

    @Test("the worker's unit: long-running `work`, restarted on failure, hardened, writes only the archive")
    func workerService() throws {
        let unit = try Self.unit("connect-ingest-worker.service")
        #expect(unit.malformedLines.isEmpty, "\(unit.malformedLines)")
        #expect(unit.value("Service", "Type") == "simple")
        #expect(unit.value("Service", "ExecStart") == "@BINARY@ work")
        #expect(unit.value("Service", "Restart") == "on-failure")
        #expect(unit.value("Service", "EnvironmentFile") == "@CONFIG_DIR@/env")
        #expect(unit.value("Service", "User") == "@USER@")
        #expect(unit.values("Service", "ReadWritePaths") == ["@ARCHIVE_DIR@"])
        #expect(unit.values("Service", "Environment").contains("CONNECT_ARCHIVE_DIR=@ARCHIVE_DIR@"))
        for (key, value) in Self.hardening { #expect(unit.value("Service", key) == value, "\(key)") }
        #expect(unit.value("Install", "WantedBy") == "multi-user.target")
    }

    static let hardening = [
        "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
    ]

    /// `*-04..12-* 09,15:00:00 Asia/Seoul` → months 4…12, times 09:00 and 15:00.
    static func readCalendar(_ expression: String) -> (months: Set<Int>, times: Set<String>, zone: String)? {
        let parts = expression.split(separator: " ").map(String.init)
        guard parts.count == 3 else { return nil }
        let date = parts[0].split(separator: "-").map(String.init)
        let time = parts[1].split(separator: ":").map(String.init)
        guard date.count == 3, date[0] == "*", date[2] == "*", time.count == 3, time[2] == "00" else { return nil }
        let bounds = date[1].components(separatedBy: "..").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
        let times = time[0].split(separator: ",").map { "\($0):\(time[1])" }
        return (Set(bounds[0]...bounds[1]), Set(times), parts[2])
    }

    @Test("the timer: both seasons' slots in Asia/Seoul, the settings' defaults, Persistent=true")
    func timer() throws {
        let unit = try Self.unit("connect-ingest-schedule.timer")
        #expect(unit.malformedLines.isEmpty, "\(unit.malformedLines)")
        #expect(unit.value("Timer", "Persistent") == "true")
        #expect(unit.value("Timer", "Unit") == "connect-ingest-schedule.service")
        #expect(unit.value("Install", "WantedBy") == "timers.target")
        let expressions = unit.values("Timer", "OnCalendar")
        #expect(expressions.count == 2)
        var covered: [Int: Set<String>] = [:]
        for expression in expressions {
            let calendar = try #require(Self.readCalendar(expression), "\(expression)")
            #expect(calendar.zone == "Asia/Seoul")
            for month in calendar.months {
                #expect(covered[month] == nil, "month \(month) in two OnCalendar lines")
                covered[month] = calendar.times
            }
        }
        // Every month once, with the slots the scheduler computes for it by default.
        for month in 1...12 {
            let expected = Set(ScheduleCalendar.standard.slotTimes(inMonth: month).map(\.description))
            #expect(covered[month] == expected, "month \(month)")
        }
    }

    /// The scheduler's slot starts after `base`, first `count`.
    static func slotStarts(after base: Date, count: Int) throws -> [Date] {
        var starts: [Date] = []
        var day = try #require(KoreaTime.localDate(of: base))
        while starts.count < count {
            for time in ScheduleCalendar.standard.slotTimes(inMonth: day.month) {
                let start = KoreaTime.instant(day, at: time)
                if start > base { starts.append(start) }
            }
            day = try #require(KoreaTime.localDate(of: KoreaTime.instant(day).addingTimeInterval(36 * 3600)))
        }
        return Array(starts.prefix(count))
    }

    @Test(
        "the timer fires at the scheduler's slots: next elapses by systemd-analyze calendar",
        arguments: [
            "2026-03-31 10:00:00 UTC", "2026-12-30 12:00:00 UTC", "2028-02-28 10:00:00 UTC",
            "2026-11-23 01:30:00 UTC",
        ])
    func nextElapses(_ base: String) async throws {
        let unit = try Self.unit("connect-ingest-schedule.timer")
        let baseInstant = try #require(KoreaTime.parseInstant(base.replacingOccurrences(of: " UTC", with: "Z")))
        let expected = try Self.slotStarts(after: baseInstant, count: 10)
        #expect(expected.count == 10)
        guard let analyzer = Self.analyzer else {
            // Without systemd: the expressions as read above must give the same instants.
            // Each expression's elapses over the next 400 days, merged.
            var elapses: [Date] = []
            for expression in unit.values("Timer", "OnCalendar") {
                let calendar = try #require(Self.readCalendar(expression))
                var day = try #require(KoreaTime.localDate(of: baseInstant))
                for _ in 0..<400 {
                    if calendar.months.contains(day.month) {
                        for time in calendar.times.compactMap({ TimeOfDay($0) }) {
                            elapses.append(KoreaTime.instant(day, at: time))
                        }
                    }
                    day = try #require(KoreaTime.localDate(of: KoreaTime.instant(day).addingTimeInterval(36 * 3600)))
                }
            }
            #expect(Array(elapses.filter { $0 > baseInstant }.sorted().prefix(10)) == expected)
            return
        }
        var elapses: [Date] = []
        for expression in unit.values("Timer", "OnCalendar") {
            let outcome = try await ToolRunner.run(
                analyzer, ["calendar", "--iterations=10", "--base-time=\(base)", expression],
                environment: ["TZ": "UTC", "SYSTEMD_COLORS": "0", "LC_ALL": "C"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            for line in outcome.standardOutput.split(separator: "\n")
            where line.contains("Next elapse:") || line.contains("Iter. #") {
                // "    Next elapse: Fri 2027-01-01 00:00:00 UTC"
                let words = line.split(separator: " ")
                let date = try #require(words.first { $0.count == 10 && $0.contains("-") }, "\(line)")
                let time = try #require(words.first { $0.count == 8 && $0.contains(":") }, "\(line)")
                #expect(words.last == "UTC", "\(line)")
                elapses.append(try #require(KoreaTime.parseInstant("\(date)T\(time)Z"), "\(line)"))
            }
        }
        #expect(elapses.count == 20)
        #expect(Array(elapses.sorted().prefix(10)) == expected)
    }

    /// The service user for a test install: whoever runs the tests (root or not, no user is created).
    static func currentUser() async throws -> String {
        let outcome = try await ToolRunner.run("/usr/bin/env", ["id", "-un"])
        return outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("install-systemd fills in every placeholder; the installed units pass systemd-analyze verify")
    func installAndVerify() async throws {
        let binary = try BuiltProduct.url("connect-ingest").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "schedule-units-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = folder.appendingPathComponent("units")
        let install = try await ToolRunner.run(
            "/bin/bash",
            [
                Self.scripts.appendingPathComponent("install-systemd").path, "--no-start", "--binary", binary,
                "--user", try Self.currentUser(), "--unit-dir", units.path, "--config-dir",
                folder.appendingPathComponent("etc").path, "--archive", folder.appendingPathComponent("archive").path,
            ])
        #expect(install.status == 0, "\(install.standardOutput)\(install.standardError)")
        #expect(!install.standardOutput.contains("systemctl"), "--no-start runs no systemctl")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("etc/env").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("etc/agencies/keit.toml").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("archive").path))
        var paths: [String] = []
        for name in Self.unitNames {
            let path = units.appendingPathComponent(name).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let unit = UnitFile(name: name, text: text)
            #expect(!text.contains("@"), "\(name) keeps a placeholder")
            if name.hasSuffix(".service") {
                #expect(unit.value("Service", "ExecStart")?.hasPrefix(binary + " ") == true, "\(name)")
                #expect(unit.value("Service", "EnvironmentFile") == folder.appendingPathComponent("etc/env").path)
            }
            paths.append(path)
        }
        guard let analyzer = Self.analyzer else { return }
        let verify = try await ToolRunner.run(analyzer, ["verify"] + paths, environment: ["SYSTEMD_COLORS": "0"])
        #expect(verify.status == 0, "\(verify.standardError)")
        let complaints = verify.standardError.split(separator: "\n").filter { $0.contains("connect-ingest-") }
        #expect(complaints.isEmpty, "\(complaints)")
    }

    @Test("install-systemd --dry-run prints every step and changes nothing")
    func installDryRun() async throws {
        let binary = try BuiltProduct.url("connect-ingest").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schedule-dry-" + UUID().uuidString)
        let outcome = try await ToolRunner.run(
            "/bin/bash",
            [
                Self.scripts.appendingPathComponent("install-systemd").path, "--dry-run", "--binary", binary,
                "--unit-dir", folder.appendingPathComponent("units").path, "--config-dir",
                folder.appendingPathComponent("etc").path, "--archive", folder.appendingPathComponent("archive").path,
            ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        for name in Self.unitNames { #expect(outcome.standardOutput.contains("/units/\(name)"), "\(name)") }
        #expect(outcome.standardOutput.contains("systemctl daemon-reload"))
        #expect(
            outcome.standardOutput.contains(
                "systemctl enable --now connect-ingest-schedule.timer connect-ingest-worker.service"))
        #expect(outcome.standardOutput.contains("dry run, nothing changed"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("every placeholder of the units is one install-systemd fills in")
    func placeholders() throws {
        let script = try String(
            contentsOf: Self.scripts.appendingPathComponent("install-systemd"), encoding: .utf8)
        for name in Self.unitNames {
            let text = try String(
                contentsOf: Self.scripts.appendingPathComponent("systemd").appendingPathComponent(name),
                encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.firstIndex(of: "@") {
                let after = rest[rest.index(after: start)...]
                guard let end = after.firstIndex(of: "@") else { break }
                let placeholder = "@" + after[..<end] + "@"
                #expect(script.contains("s|\(placeholder)|"), "\(name): \(placeholder)")
                rest = after[after.index(after: end)...]
            }
        }
    }
}
