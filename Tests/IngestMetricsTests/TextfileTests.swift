import Foundation
import IngestMetrics
import Synchronization
import TestSupport
import Testing

@Suite("Textfiles for node_exporter")
struct TextfileTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let run = """
        # HELP connect_ingest_jobs_total Jobs.
        # TYPE connect_ingest_jobs_total counter
        connect_ingest_jobs_total{kind="noop",outcome="succeeded"} 2
        # HELP connect_ingest_queue_jobs Jobs by state.
        # TYPE connect_ingest_queue_jobs gauge
        connect_ingest_queue_jobs{state="ready"} 4

        """

    @Test("connect_ingest_<command>.prom, labelled command, promtool-clean, no temporary file left")
    func written() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let textfile = MetricsTextfile(directory: folder, command: "schedule")
        try textfile.write(Self.run)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["connect_ingest_schedule.prom"])
        let text = try String(contentsOf: textfile.file, encoding: .utf8)
        let exposition = try Exposition(parsing: text)
        #expect(exposition.sum("connect_ingest_jobs_total", where: ["command": "schedule"]) == 2)
        #expect(exposition.families.allSatisfy { $0.samples.allSatisfy { $0.labels.first?.name == "command" } })
        let check = try await Promtool.checkMetrics(text)
        #expect(check.status == 0 && check.output.isEmpty, "\(check.output)")
    }

    @Test("counters go on from the previous process's file; gauges and a second write of this process do not add up")
    func accumulated() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let textfile = MetricsTextfile(directory: folder, command: "crawl")
        try """
        # TYPE connect_ingest_jobs_total counter
        connect_ingest_jobs_total{command="crawl",kind="noop",outcome="succeeded"} 5
        # TYPE connect_ingest_queue_jobs gauge
        connect_ingest_queue_jobs{command="crawl",state="ready"} 40

        """.write(to: textfile.file, atomically: false, encoding: .utf8)
        try textfile.write(Self.run)
        try textfile.write(Self.run)
        let exposition = try Exposition(parsing: try String(contentsOf: textfile.file, encoding: .utf8))
        #expect(exposition.sum("connect_ingest_jobs_total") == 7)
        #expect(exposition.sum("connect_ingest_queue_jobs") == 4)
    }

    @Test("written atomically: a reader never sees a partial file while it is rewritten")
    func atomic() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A large exposition, so that a non-atomic write would be caught half-way.
        var big =
            "# HELP connect_ingest_http_requests_total Requests.\n# TYPE connect_ingest_http_requests_total counter\n"
        for index in 0..<3000 {
            big += "connect_ingest_http_requests_total{agency=\"A\",source=\"s\(index)\",status=\"200\"} \(index)\n"
        }
        let textfile = MetricsTextfile(directory: folder, command: "replay")
        try textfile.write(big)
        let file = textfile.file
        let expected = try Exposition(parsing: try String(contentsOf: file, encoding: .utf8)).families[0].samples.count
        // The reader runs on a thread of its own (not the test's task pool, which a loaded machine may not get
        // round to), and the writer goes on until the reader has read the file many times.
        let seen = Mutex((reads: 0, partial: 0, stop: false))
        let reader = Thread {
            while !seen.withLock({ $0.stop }) {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                let samples = (try? Exposition(parsing: text))?.families.first?.samples.count
                let partial = !text.hasSuffix("\n") || samples != expected
                seen.withLock {
                    $0.reads += 1
                    if partial { $0.partial += 1 }
                }
            }
        }
        reader.start()
        defer { seen.withLock { $0.stop = true } }
        var writes = 0
        while seen.withLock({ $0.reads }) < 20 && writes < 20_000 {
            try textfile.write(big)
            writes += 1
        }
        seen.withLock { $0.stop = true }
        let result = seen.withLock { (reads: $0.reads, partial: $0.partial) }
        #expect(writes >= 1)
        #expect(result.reads >= 20)
        #expect(result.partial == 0, "\(result.partial) of \(result.reads) reads saw a partial file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["connect_ingest_replay.prom"])
    }

    @Test("a folder that cannot be written is an error naming the file")
    func unwritable() throws {
        let textfile = MetricsTextfile(
            directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"), command: "match")
        do {
            try textfile.write(Self.run)
            Issue.record("a write into a missing folder succeeded")
        } catch {
            #expect(error.file.contains("connect_ingest_match.prom"))
        }
    }
}
