import Foundation
import JobQueue
import RedisClient

/// Queue throughput on the project's Redis, in a namespace of its own deleted afterwards: this process enqueues N
/// no-op jobs in batches while 1, then 4, worker processes (this binary again, `queue-worker`) lease and complete
/// them in batches. The clock runs from the first enqueue until the last worker has seen every job done, so the
/// figure is end to end: enqueue + lease + complete, all through the queue's scripts.
struct QueueBenchmark {
    let redisURL: String
    let jobs: Int

    static let enqueueBatch = 1000
    static let leaseBatch = 250

    func run() async throws {
        for workers in [1, 4] {
            let seconds = try await measure(workers: workers)
            Figure(
                name: "queue.noop.workers_\(workers).jobs_per_second", value: Double(jobs) / seconds, unit: "jobs/s",
                target: workers == 4 ? ">= 10000" : nil
            ).print()
        }
    }

    private func measure(workers: Int) async throws -> Double {
        let namespace = "bench:queue:\(UUID().uuidString.lowercased())"
        let connection = try await RedisConnection.connect(url: redisURL, commandTimeout: .seconds(30))
        let queue = JobQueue(connection: connection, namespace: namespace)
        var processes: [WorkerProcess] = []
        do {
            for _ in 0..<workers { processes.append(try WorkerProcess.start(namespace: namespace, jobs: jobs)) }
            for process in processes { try process.waitUntilReady() }
            let batches = (0..<jobs).map { Job(kind: .noop, payload: ["n": "\($0)"]) }.chunked(Self.enqueueBatch)
            let clock = ContinuousClock()
            let start = clock.now
            for batch in batches { try await queue.enqueue(batch: Array(batch)) }
            for process in processes { try await process.finished() }
            let elapsed = clock.now - start
            let counts = try await queue.counts()
            guard counts.done == jobs, try await queue.isIdle() else {
                throw BenchError(message: "queue: \(counts.done) of \(jobs) jobs done, counts \(counts)")
            }
            try await queue.deleteNamespace()
            await connection.close()
            return elapsed.seconds
        } catch {
            for process in processes { process.stop() }
            try? await queue.deleteNamespace()
            await connection.close()
            throw error
        }
    }
}

/// `ingest-bench queue-worker NAMESPACE JOBS`: leases and completes no-op jobs in batches until JOBS are done.
/// Says `ready` once connected, so connecting is not timed.
enum QueueBenchWorker {
    static func run(redisURL: String, namespace: String, jobs: Int) async throws {
        let connection = try await RedisConnection.connect(url: redisURL, commandTimeout: .seconds(30))
        let queue = JobQueue(connection: connection, namespace: namespace)
        let identity = WorkerIdentity.current
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        let clock = ContinuousClock()
        var lastProgress = clock.now
        while true {
            let leases = try await queue.lease(identity, limit: QueueBenchmark.leaseBatch)
            if leases.isEmpty {
                if try await queue.counts().done >= jobs { break }
                guard clock.now - lastProgress < .seconds(60) else {
                    throw BenchError(message: "queue-worker: no job for 60 s and not all \(jobs) done")
                }
                try await Task.sleep(for: .milliseconds(1))
                continue
            }
            lastProgress = clock.now
            try await queue.complete(leases)
        }
        await connection.close()
    }
}

/// One `queue-worker` child process.
private final class WorkerProcess {
    let process: Process
    let output: Pipe

    private init(process: Process, output: Pipe) {
        self.process = process
        self.output = output
    }

    static func start(namespace: String, jobs: Int) throws -> WorkerProcess {
        let process = Process()
        // The running binary itself, wherever it was started from.
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["queue-worker", namespace, "\(jobs)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return WorkerProcess(process: process, output: output)
    }

    /// Blocks until the worker says it is connected (before the clock starts).
    func waitUntilReady() throws {
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard line.hasPrefix("ready") else {
            stop()
            throw BenchError(message: "queue-worker did not start: '\(line)'")
        }
    }

    /// Waits for the worker to exit, polling so no thread of the cooperative pool blocks.
    func finished() async throws {
        while process.isRunning { try await Task.sleep(for: .milliseconds(2)) }
        guard process.terminationStatus == 0 else {
            throw BenchError(message: "queue-worker exited with status \(process.terminationStatus)")
        }
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

extension Array {
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
