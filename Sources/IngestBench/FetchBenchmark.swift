import CurlTransport
import Fetch
import Foundation

/// Fetch throughput of the client alone: the agency simulator runs as its own process (so this process's CPU time
/// is the client's), every URL a distinct ~20 KB page, the rate limit off. Pages/s and client CPU per page at 1, 8
/// and 64 transfers in flight, then at 64 with every body archived.
struct FetchBenchmark {
    let root: URL

    func run() async throws {
        let simulator = try SimulatorProcess.start(root: root)
        defer { simulator.stop() }
        let archiveRoot = FileManager.default.temporaryDirectory.appendingPathComponent("bench-archive-\(UUID())")
        defer { try? FileManager.default.removeItem(at: archiveRoot) }
        var batch = 0
        for inFlight in [1, 8, 64] {
            batch += 1
            let pages = inFlight == 1 ? 300 : 3000
            let result = try await measure(
                port: simulator.port, inFlight: inFlight, pages: pages, batch: batch, archive: nil)
            result.print(prefix: "fetch.in_flight_\(inFlight)", target: inFlight == 64 ? ">= 2000" : nil)
        }
        batch += 1
        let archived = try await measure(
            port: simulator.port, inFlight: 64, pages: 3000, batch: batch, archive: PageArchive(root: archiveRoot))
        archived.print(prefix: "fetch.in_flight_64_archived", target: ">= 500")
        Figure(name: "fetch.peak_memory", value: PeakMemory.mebibytes(), unit: "MiB", target: nil).print()
    }

    struct Result {
        let pagesPerSecond: Double
        let cpuMillisecondsPerPage: Double

        func print(prefix: String, target: String?) {
            Figure(name: "\(prefix).pages_per_second", value: pagesPerSecond, unit: "pages/s", target: target).print()
            Figure(name: "\(prefix).client_cpu_per_page", value: cpuMillisecondsPerPage, unit: "ms", target: nil)
                .print()
        }
    }

    private func measure(port: Int, inFlight: Int, pages: Int, batch: Int, archive: PageArchive?) async throws -> Result
    {
        let engine = CurlEngine(maxInFlight: inFlight, maxPerHost: inFlight)
        defer { engine.shutdown() }
        let fetcher = PageFetcher(
            engine: engine, limiter: nil, policy: FetchPolicy(obeysRobots: false), addressing: .simulated(port: port))
        let cpuBefore = ProcessCPU.seconds()
        let clock = ContinuousClock()
        let start = clock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func add() {
                let url = "https://www.kimst.re.kr/bench/page.do?batch=\(batch)&n=\(next)"
                next += 1
                group.addTask {
                    let response = try await fetcher.fetch(PageRequest(source: "bench", url: url))
                    guard response.status == 200, response.body.count > 15_000 else {
                        throw BenchError(message: "unexpected response for \(url): \(response.status)")
                    }
                    if let archive { _ = try archive.store(response.body) }
                }
            }
            for _ in 0..<min(inFlight, pages) { add() }
            while try await group.next() != nil {
                if next < pages { add() }
            }
        }
        let elapsed = clock.now - start
        let seconds = elapsed.seconds
        let cpu = ProcessCPU.seconds() - cpuBefore
        return Result(pagesPerSecond: Double(pages) / seconds, cpuMillisecondsPerPage: cpu * 1000 / Double(pages))
    }
}

/// User + system CPU time of this process so far.
enum ProcessCPU {
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// The `agency-sim` executable built beside this one, serving Fixtures with the `bench-pages` scenario.
struct SimulatorProcess {
    let process: Process
    let port: Int

    static func start(root: URL) throws -> SimulatorProcess {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("agency-sim")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchError(message: "\(binary.path) is missing: build the agency-sim product (scripts/bench does)")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "--port", "0", "--fixtures", root.appendingPathComponent("Fixtures").path, "--scenario", "bench-pages",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let firstLine = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let range = firstLine.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
            let port = Int(firstLine[range].split(separator: ":").last ?? "")
        else {
            process.terminate()
            throw BenchError(message: "agency-sim did not say its port: \(firstLine)")
        }
        return SimulatorProcess(process: process, port: port)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
