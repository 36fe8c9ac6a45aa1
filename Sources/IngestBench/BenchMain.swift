import Foundation
import IngestConfig
import Synchronization

/// `ingest-bench [group]`: the speed and memory figures the issues set targets for, one JSON line each
/// (`{"name":…,"value":…,"unit":…,"target":…}`), so CI logs and scripts can read them, then one closing table.
/// Groups: parse, fetch, store, queue, match. A group that fails is named under the table and the others still run
/// (exit 1). `queue-worker NAMESPACE JOBS` is the queue group's own child process, not a group.
@main
struct BenchMain {
    static func main() async {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "queue-worker" { await queueWorker(Array(arguments.dropFirst())) }
        let groups = arguments.isEmpty ? ["parse", "fetch", "store", "queue", "match"] : Array(arguments)
        // Run from the checkout (scripts/bench does): the agency files and fixtures are read from there.
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var failures: [String] = []
        for group in groups {
            do {
                switch group {
                case "parse": try ParseBenchmark(root: root).run()
                case "fetch": try await FetchBenchmark(root: root).run()
                case "store":
                    let settings = try IngestSettings.load(configFile: nil)
                    let count = Int(ProcessInfo.processInfo.environment["CONNECT_BENCH_PROGRAMS"] ?? "") ?? 150_000
                    try await StoreBenchmark(
                        databaseURL: settings.databaseURL, count: count,
                        connections: settings.integer(.storeConnections)
                    ).run()
                case "queue":
                    let settings = try IngestSettings.load(configFile: nil)
                    let count = Int(ProcessInfo.processInfo.environment["CONNECT_BENCH_QUEUE_JOBS"] ?? "") ?? 100_000
                    try await QueueBenchmark(redisURL: settings.redisQueueURL, jobs: count).run()
                case "match":
                    let settings = try IngestSettings.load(configFile: nil)
                    let environment = ProcessInfo.processInfo.environment
                    try await MatchBenchmark(
                        databaseURL: settings.databaseURL,
                        organizations: Int(environment["CONNECT_BENCH_ORGANIZATIONS"] ?? "") ?? 100_000,
                        programs: Int(environment["CONNECT_BENCH_MATCH_PROGRAMS"] ?? "") ?? 5_000
                    ).run()
                default: fail("unknown group '\(group)' (known: parse, fetch, store, queue, match)", code: 64)
                }
            } catch {
                let failure = "\(group): \(error) (run from the checkout, as scripts/bench does)"
                report(failure)
                failures.append(failure)
            }
        }
        FileHandle.standardOutput.write(Data(FigureTable.render(Figure.printed).utf8))
        guard failures.isEmpty else {
            FileHandle.standardOutput.write(Data(failures.map { "FAILED \($0)\n" }.joined().utf8))
            exit(1)
        }
    }

    /// The hidden `queue-worker NAMESPACE JOBS` mode: one worker process of the queue group.
    static func queueWorker(_ arguments: [String]) async -> Never {
        guard arguments.count == 2, let jobs = Int(arguments[1]) else {
            fail("usage: ingest-bench queue-worker NAMESPACE JOBS", code: 64)
        }
        do {
            let settings = try IngestSettings.load(configFile: nil)
            try await QueueBenchWorker.run(redisURL: settings.redisQueueURL, namespace: arguments[0], jobs: jobs)
        } catch {
            fail("queue-worker: \(error)", code: 1)
        }
        exit(0)
    }

    static func fail(_ message: String, code: Int32) -> Never {
        report(message)
        exit(code)
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data("ingest-bench: \(message)\n".utf8))
    }
}

/// One measured figure.
struct Figure: Encodable {
    let name: String
    let value: Double
    let unit: String
    let target: String?

    func print() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(self) {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        Self.log.withLock { $0.append(self) }
    }

    /// Every figure printed so far, for the closing table.
    private static let log = Mutex<[Figure]>([])
    static var printed: [Figure] { log.withLock { $0 } }
}

/// Peak resident memory of this process so far (VmHWM), in MiB.
enum PeakMemory {
    static func mebibytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }
}
