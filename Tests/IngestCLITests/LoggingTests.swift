import Foundation
import Logging
import TestSupport
import Testing

@testable import IngestCLI

/// The command's log lines: JSON objects carrying the metadata, one line of text per record on a terminal, the
/// format chosen by option, environment or systemd, and a worker's error for a redesigned list page naming the
/// selector and the agency file to fix.
@Suite("Logging: JSON lines, text lines, failure advice")
struct LoggingTests {
    static func logger(_ format: LogFormat, into lines: CapturedLines) -> Logger {
        var logger = Logger(label: "connect-ingest.work") { label in
            LineLogHandler(label: label, format: format, write: lines.append)
        }
        logger[metadataKey: "run"] = "42"
        logger[metadataKey: "agency"] = "KEIT"
        logger[metadataKey: "source"] = "keit.itech.list"
        logger[metadataKey: "job"] = "1a2b-3c4d"
        return logger
    }

    @Test("a JSON line parses and carries level, logger, message and every metadata key")
    func jsonLines() throws {
        let lines = CapturedLines()
        let logger = Self.logger(.json, into: lines)
        logger.error(
            "failed: \"rows\" found nothing\nsecond line", metadata: ["url": "https://itech.keit.re.kr/list?page=1"])
        logger.debug("not at info level")
        #expect(lines.all.count == 1)
        let line = try #require(lines.all.first)
        #expect(!line.contains("\n"))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["level"] as? String == "error")
        #expect(record["logger"] as? String == "connect-ingest.work")
        #expect(record["message"] as? String == "failed: \"rows\" found nothing\nsecond line")
        #expect(record["run"] as? String == "42")
        #expect(record["agency"] as? String == "KEIT")
        #expect(record["source"] as? String == "keit.itech.list")
        #expect(record["job"] as? String == "1a2b-3c4d")
        #expect(record["url"] as? String == "https://itech.keit.re.kr/list?page=1")
        #expect((record["time"] as? String).flatMap { try? Date.ISO8601FormatStyle().parse($0) } != nil)
        #expect(line.hasPrefix("{\"time\":"), "fixed fields first")
    }

    @Test("a JSON line keeps nested metadata and does not let metadata shadow the fixed fields")
    func jsonNesting() throws {
        let lines = CapturedLines()
        let logger = Logger(label: "x") { LineLogHandler(label: $0, format: .json, write: lines.append) }
        logger.info(
            "m", metadata: ["message": "shadow", "counts": ["new": "1", "list": ["a", "b"]], "tab": "\t\u{1}"])
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data((lines.all.first ?? "").utf8)) as? [String: Any])
        #expect(record["message"] as? String == "m")
        #expect(record["meta.message"] as? String == "shadow")
        let counts = try #require(record["counts"] as? [String: Any])
        #expect(counts["list"] as? [String] == ["a", "b"])
        #expect(record["tab"] as? String == "\t\u{1}")
    }

    @Test("the terminal format is one line per record: time, level, logger, message, then key=value metadata")
    func textLines() throws {
        let lines = CapturedLines()
        let logger = Self.logger(.text, into: lines)
        logger.warning("two\nlines", metadata: ["url": "https://a.example/x y"])
        logger.info("second record")
        #expect(lines.all.count == 2)
        let first = try #require(lines.all.first)
        #expect(!first.contains("\n"))
        #expect(first.contains(" warning connect-ingest.work: two ⏎ lines "), "\(first)")
        #expect(
            first.hasSuffix("agency=KEIT job=1a2b-3c4d run=42 source=keit.itech.list url=\"https://a.example/x y\""))
        #expect(lines.all[1].contains(" info connect-ingest.work: second record agency=KEIT"))
    }

    @Test("the format: --log-format, then CONNECT_LOG_FORMAT, then JSON under systemd, else text")
    func formatChoice() {
        #expect(LogFormat.chosen(arguments: ["work", "--log-format", "json"], environment: [:]).0 == .json)
        #expect(LogFormat.chosen(arguments: ["work", "--log-format=json"], environment: [:]).0 == .json)
        #expect(
            LogFormat.chosen(arguments: ["work", "--log-format", "text"], environment: ["JOURNAL_STREAM": "8:1"]).0
                == .text)
        #expect(LogFormat.chosen(arguments: ["status"], environment: ["CONNECT_LOG_FORMAT": "json"]).0 == .json)
        #expect(LogFormat.chosen(arguments: ["status"], environment: ["JOURNAL_STREAM": "8:12345"]).0 == .json)
        #expect(LogFormat.chosen(arguments: ["status"], environment: [:]).0 == .text)
        #expect(LogFormat.chosen(arguments: ["parse", "--", "--log-format", "json"], environment: [:]).0 == .text)
        let (format, warning) = LogFormat.chosen(arguments: [], environment: ["CONNECT_LOG_FORMAT": "yaml"])
        #expect(format == .text)
        #expect(warning?.contains("CONNECT_LOG_FORMAT='yaml'") == true)
    }

    @Test(
        "a worker whose list page was redesigned logs JSON lines; its error names the selector, the agency file and what to do"
    )
    func layoutChangeAdvice() async throws {
        try await PipelineHarness.with(requestsPerWindow: 200) { harness in
            try harness.simulator.apply(scenarioNamed: "layout-change")
            #expect(try await CommandRunner.run(["migrate"], environment: harness.environment).status == 0)
            let enqueued = try await CommandRunner.run(
                ["crawl", "--source", "ntis.list", "--enqueue"], environment: harness.environment)
            #expect(enqueued.status == 0, "\(enqueued.standardError)")
            let work = try await harness.work(["--log-format", "json"])
            #expect(work.status == 1, "the crawl failed: \(work.standardOutput)")
            let lines = work.standardError.split(separator: "\n").filter { $0.hasPrefix("{") }
            let records = lines.compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            }
            #expect(!records.isEmpty && records.count == lines.count, "\(work.standardError)")
            let failure = try #require(
                records.first { $0["level"] as? String == "error" && $0["source"] as? String == "ntis.list" },
                "\(work.standardError)")
            let message = failure["message"] as? String ?? ""
            #expect(message.contains("NTIS ntis.list list page"), "\(message)")
            #expect(message.contains("parsed 0 items"), "\(message)")
            #expect(message.contains("selector `rows = "), "\(message)")
            #expect(message.contains("agencies/ntis.toml no longer matches"), "\(message)")
            #expect(message.contains("replay --agency NTIS --failed"), "\(message)")
            #expect(failure["job"] is String)
            #expect(failure["run"] is String)
            #expect((failure["url"] as? String)?.contains("ntis.go.kr") == true)
            #expect(failure["agency"] as? String == "shared")
            // The dead letter keeps the same advice for `dead list`.
            let dead = try await CommandRunner.run(
                ["dead", "list", "--format", "json"], environment: harness.environment)
            #expect(dead.standardOutput.contains("no longer matches"), "\(dead.standardOutput)")
        }
    }
}
