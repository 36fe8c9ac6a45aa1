import Foundation
import Logging
import TestSupport
import Testing

@testable import IngestCLI

/// The progress bar's arithmetic and layout, the periodic lines' throttle, and a non-interactive `match --full`
/// writing progress lines to standard error while standard output keeps its summary.
@Suite("Progress: bar, ETA, periodic lines")
struct ProgressTests {
    @Test("the bar shows counts, percent, elapsed time and the ETA at the pace so far")
    func bar() {
        let figures = ProgressFigures(done: 1200, total: 5000, elapsed: 12)
        #expect(figures.remaining == 38)
        #expect(
            figures.bar(label: "match --full", unit: "organizations")
                == "match --full [█████░░░░░░░░░░░░░░░░░░░]  1,200/5,000 organizations  24%  0:12 elapsed  ETA 0:38")
        let start = ProgressFigures(done: 0, total: 10, elapsed: 3)
        #expect(start.remaining == nil)
        #expect(start.bar(label: "replay KEIT", unit: "sources", width: 4).hasSuffix("0:03 elapsed  ETA -:--"))
        let end = ProgressFigures(done: 10, total: 10, elapsed: 65)
        #expect(end.bar(label: "x", unit: "rows", width: 4) == "x [████]  10/10 rows  100%  1:05 elapsed  ETA 0:00")
    }

    @Test("the periodic line says how far and how long, and drops the ETA at the end")
    func line() {
        #expect(
            ProgressFigures(done: 3, total: 41, elapsed: 2).line(label: "orgs import", unit: "organizations")
                == "orgs import: 3 of 41 organizations (7%), 0:02 elapsed, ETA 0:25")
        #expect(
            ProgressFigures(done: 41, total: 41, elapsed: 3723).line(label: "orgs import", unit: "organizations")
                == "orgs import: 41 of 41 organizations (100%), 1:02:03 elapsed")
    }

    @Test("clock and count formats")
    func formats() {
        #expect(ProgressFigures.clock(7.4) == "0:07")
        #expect(ProgressFigures.clock(600) == "10:00")
        #expect(ProgressFigures.clock(-3) == "0:00")
        #expect(ProgressFigures.count(999) == "999")
        #expect(ProgressFigures.count(1_234_567) == "1,234,567")
        #expect(ProgressFigures(done: 5, total: 0, elapsed: 1).fraction == 0)
    }

    @Test("lines come at each tenth of the work, after a quiet interval, and at the end; never twice for one count")
    func throttle() {
        var throttle = ProgressThrottle()
        var reported: [Int] = []
        for done in 1...100 where throttle.shouldReport(done: done, total: 100, elapsed: Double(done) * 0.01) {
            reported.append(done)
        }
        #expect(reported == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])

        // Quiet for 5 s: a line is due; the count of the last line again: nothing new to say.
        var slow = ProgressThrottle(steps: 10, interval: 5)
        let calls: [(done: Int, elapsed: Double)] = [(1, 1), (2, 6), (3, 7), (2, 30), (3, 30), (1000, 31)]
        let answers = calls.map { slow.shouldReport(done: $0.done, total: 1000, elapsed: $0.elapsed) }
        #expect(answers == [false, true, false, false, true, true])

        // Big batches jump several tenths at once: one line each.
        var batches = ProgressThrottle()
        let jumps: [(done: Int, elapsed: Double)] = [(2000, 1), (2000, 2), (4000, 2), (5000, 3)]
        let lines = jumps.map { batches.shouldReport(done: $0.done, total: 5000, elapsed: $0.elapsed) }
        #expect(lines == [true, false, true, true])
    }

    @Test("a reporter writes throttled log lines, or a bar redrawn in place and ended with a newline")
    func reporter() {
        let lines = CapturedLines()
        let logger = Logger(label: "test.progress") { label in
            LineLogHandler(label: label, format: .text, write: lines.append)
        }
        let quiet = ProgressReporter(label: "orgs import", unit: "organizations", style: .lines, logger: logger)
        for done in 1...20 { quiet.update(done: done, total: 20) }
        quiet.finish()
        #expect(lines.all.count == 10, "\(lines.all)")
        #expect(lines.all.last?.contains("orgs import: 20 of 20 organizations (100%)") == true)
        #expect(lines.all.allSatisfy { $0.contains("task=\"orgs import\"") })

        let drawn = CapturedLines()
        let bar = ProgressReporter(label: "match --full", unit: "organizations", style: .bar, write: drawn.append)
        bar.update(done: 1, total: 4)
        bar.update(done: 4, total: 4)
        bar.finish()
        #expect(drawn.all.first?.hasPrefix("\rmatch --full [") == true)
        #expect(drawn.all.dropLast().last?.contains("4/4 organizations  100%") == true)
        #expect(drawn.all.last == "\n")
    }

    @Test("a non-interactive `match --full` writes periodic progress lines to standard error; stdout keeps its summary")
    func matchFullProgressLines() async throws {
        try await RedisServerProcess.with { redis in
            try await TestDatabase.withDatabase { url in
                // 41 organizations in batches of 5: nine batches, a line at each tenth.
                let environment = MatchCommandTests.environment(
                    url, redis, ["CONNECT_MATCH_BATCH_SIZE": "5", "CONNECT_LOG_FORMAT": nil, "JOURNAL_STREAM": nil])
                try await MatchCommandTests.prepare(url, environment)
                let run = try await CommandRunner.run(
                    ["match", "--full", "--as-of", MatchCommandTests.asOf, "--concurrency", "1"],
                    environment: environment)
                #expect(run.status == 0, "\(run.standardError)")
                #expect(run.standardOutput.hasPrefix("match run "), "\(run.standardOutput)")
                #expect(!run.standardOutput.contains("match --full:"), "progress leaked into standard output")
                let progress = run.standardError.split(separator: "\n").filter { $0.contains("match --full: ") }
                #expect(progress.count >= 5, "\(run.standardError)")
                #expect(progress.last?.contains("41 of 41 organizations (100%)") == true, "\(progress)")
                #expect(progress.first?.contains("ETA") == true)

                let json = try await CommandRunner.run(
                    ["match", "--full", "--as-of", MatchCommandTests.asOf, "--log-format", "json", "--format", "json"],
                    environment: environment)
                #expect(json.status == 0, "\(json.standardError)")
                #expect(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) is [String: Any])
                let records = json.standardError.split(separator: "\n").compactMap { line in
                    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
                }
                #expect(records.contains { ($0["message"] as? String)?.contains("41 of 41 organizations") == true })
                #expect(records.allSatisfy { $0["task"] as? String == "match --full" })
            }
        }
    }
}

/// Lines handed to a writer, kept for a test to read.
final class CapturedLines: @unchecked Sendable {
    // @unchecked: `lines` is only read or written with `lock` held.
    private let lock = NSLock()
    private var lines: [String] = []

    @Sendable func append(_ line: String) { lock.withLock { lines.append(line) } }

    var all: [String] { lock.withLock { lines } }
}
