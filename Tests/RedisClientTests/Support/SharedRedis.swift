import Foundation
import RedisClient
import TestSupport

/// The project-local Redis that other suites use at the same time: each test gets its own key prefix and deletes
/// its keys afterwards (never FLUSHDB on a shared server).
enum SharedRedis {
    static func connect(commandTimeout: Duration = .seconds(5)) async throws -> RedisConnection {
        try await RedisConnection.connect(
            url: try ServiceURLs.redisQueueURL(), connectTimeout: .seconds(2), commandTimeout: commandTimeout)
    }

    /// Runs `body` with a connection and a unique key prefix, then deletes every key under the prefix.
    static func withConnection<Result>(
        commandTimeout: Duration = .seconds(5),
        _ body: (RedisConnection, String) async throws -> Result
    ) async throws -> Result {
        let connection = try await connect(commandTimeout: commandTimeout)
        let prefix = "test:redisclient:\(UUID().uuidString):"
        do {
            let result = try await body(connection, prefix)
            try await deleteKeys(prefix: prefix)
            await connection.close()
            return result
        } catch {
            try? await deleteKeys(prefix: prefix)
            await connection.close()
            throw error
        }
    }

    /// Deletes the keys under `prefix` through a fresh connection (the test's own one may be broken on purpose).
    static func deleteKeys(prefix: String) async throws {
        let connection = try await connect()
        do {
            var cursor = "0"
            repeat {
                let reply = try await connection.send("SCAN", cursor, "MATCH", prefix + "*", "COUNT", "1000")
                let parts = reply.array ?? []
                cursor = parts.first?.string ?? "0"
                let keys = parts.count > 1 ? (parts[1].array ?? []).compactMap(\.bytes) : []
                if !keys.isEmpty {
                    _ = try await connection.send(["DEL"] + keys.map { RedisArgument(bytes: $0) })
                }
            } while cursor != "0"
            await connection.close()
        } catch {
            await connection.close()
            throw error
        }
    }
}
