import Foundation
import JobQueue
import RedisClient
import TestSupport

/// A queue in a namespace of its own on the shared Redis, deleted afterwards, so tests run in parallel with each
/// other and with other suites without seeing each other's jobs.
enum IsolatedQueue {
    static func with<Result>(
        policy: QueuePolicy = QueuePolicy(), _ body: (JobQueue) async throws -> Result
    ) async throws -> Result {
        let connection = try await RedisConnection.connect(
            url: try ServiceURLs.redisQueueURL(), connectTimeout: .seconds(2), commandTimeout: .seconds(10))
        let queue = JobQueue(
            connection: connection, namespace: "test-jobqueue-\(UUID().uuidString.lowercased())", policy: policy)
        do {
            let result = try await body(queue)
            try await queue.deleteNamespace()
            await connection.close()
            return result
        } catch {
            try? await queue.deleteNamespace()
            await connection.close()
            throw error
        }
    }
}

/// Workers as tests name them: two hosts, so "another worker" is visibly another one.
extension WorkerIdentity {
    static let first = WorkerIdentity(host: "worker-a.test", pid: 101, instance: "a")
    static let second = WorkerIdentity(host: "worker-b.test", pid: 202, instance: "b")
}

extension JobQueue {
    /// The Redis server's clock, which the queue's due times and expiries are measured on.
    func serverTime() async throws -> Date {
        let parts = try await connection.send("TIME").array ?? []
        let seconds = parts.first?.int ?? 0
        let microseconds = parts.count > 1 ? parts[1].int ?? 0 : 0
        return Date(timeIntervalSince1970: Double(seconds) + Double(microseconds) / 1_000_000)
    }

    /// Waits until the server's clock has passed `date` (a lower bound only: the test then checks an outcome).
    func waitUntilServerTime(passes date: Date) async throws {
        while try await serverTime() <= date {
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Leases one job, polling until one is due; gives up after `patience` so a broken queue fails the test
    /// instead of hanging it.
    func leaseWhenDue(_ worker: WorkerIdentity, patience: Duration = .seconds(30)) async throws -> Lease? {
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        while clock.now < deadline {
            if let lease = try await lease(worker).first { return lease }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// A raw read of one of the queue's keys, for checking what the scripts recorded.
    func score(in suffix: String, of id: String) async throws -> Int64? {
        let reply = try await connection.send("ZSCORE", namespace + ":" + suffix, id)
        return reply.string.flatMap(Double.init).map { Int64($0) }
    }
}

extension Job {
    static func noop(_ label: String = "", trigger: Trigger = .timer) -> Job {
        Job(kind: .noop, payload: label.isEmpty ? [:] : ["label": label], trigger: trigger)
    }

    static func crawl(_ source: String, trigger: Trigger) -> Job {
        Job(kind: .crawlSource, agency: "KEIT", source: source, trigger: trigger)
    }
}

/// Microseconds since 1970, the unit the queue records.
func microseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
}
