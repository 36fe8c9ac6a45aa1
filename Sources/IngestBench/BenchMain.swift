import Foundation
import IngestConfig

/// `ingest-bench [group]`: the speed and memory figures the issues set targets for, one JSON line each
/// (`{"name":…,"value":…,"unit":…,"target":…}`), so CI logs and scripts can read them. Groups: parse, fetch.
@main
struct BenchMain {
    static func main() async {
        let arguments = CommandLine.arguments.dropFirst()
        let groups = arguments.isEmpty ? ["parse", "fetch", "store"] : Array(arguments)
        // Run from the checkout (scripts/bench does): the agency files and fixtures are read from there.
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for group in groups {
            do {
                switch group {
                case "parse": try ParseBenchmark(root: root).run()
                case "fetch": try await FetchBenchmark(root: root).run()
                case "store":
                    let settings = try IngestSettings.load(configFile: nil)
                    let count = Int(ProcessInfo.processInfo.environment["CONNECT_BENCH_PROGRAMS"] ?? "") ?? 150_000
                    try await StoreBenchmark(databaseURL: settings.databaseURL, count: count).run()
                default: fail("unknown group '\(group)' (known: parse, fetch, store)", code: 64)
                }
            } catch {
                fail("\(group): \(error) (run from the checkout, as scripts/bench does)", code: 1)
            }
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("ingest-bench: \(message)\n".utf8))
        exit(code)
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
    }
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
