import Foundation
import JobQueue
import RedisClient
import TestSupport

/// A real `JobQueue` on the Redis that scripts/services runs, under a namespace of its own that is deleted afterwards.
struct QueueHarness {
    let redis: RedisConnection
    let queue: JobQueue

    static func with<Result: Sendable>(_ body: (QueueHarness) async throws -> Result) async throws -> Result {
        let redis = try await RedisConnection.connect(url: try ServiceURLs.redisQueueURL())
        let queue = JobQueue(connection: redis, namespace: "test:schedule:" + UUID().uuidString)
        let harness = QueueHarness(redis: redis, queue: queue)
        do {
            let result = try await body(harness)
            try await queue.deleteNamespace()
            await redis.close()
            return result
        } catch {
            try? await queue.deleteNamespace()
            await redis.close()
            throw error
        }
    }

    /// Another connection to the same queue, as a second host's timer would have.
    func secondHost() async throws -> (RedisConnection, JobQueue) {
        let other = try await RedisConnection.connect(url: try ServiceURLs.redisQueueURL())
        return (other, JobQueue(connection: other, namespace: queue.namespace))
    }

    /// Leases every ready job and completes it, as workers would.
    func drain() async throws -> [Job] {
        let worker = WorkerIdentity(host: "schedule-tests", pid: 1)
        var jobs: [Job] = []
        while true {
            let leases = try await queue.lease(worker, limit: 50)
            if leases.isEmpty { return jobs }
            jobs += leases.map(\.job)
            _ = try await queue.complete(leases)
        }
    }
}
