import Foundation

/// Where the services started by `scripts/services` listen, for tests. The environment wins (scripts/test exports
/// the variables); otherwise the URLs file that `scripts/services start` writes in the checkout is read.
public enum ServiceURLs {
    /// The checkout's root, found from this file's location so tests run from any working directory.
    public static let checkoutRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func databaseURL() throws -> String { try value(for: "DATABASE_URL") }
    public static func redisQueueURL() throws -> String { try value(for: "REDIS_QUEUE_URL") }
    public static func redisCacheURL() throws -> String { try value(for: "REDIS_CACHE_URL") }

    /// Reads a URL from the environment or the services file. A missing value fails the test with the reason (a
    /// skipped service test would hide a broken set-up).
    public static func value(for name: String) throws -> String {
        if let value = ProcessInfo.processInfo.environment[name], !value.isEmpty { return value }
        let stateDirectory =
            ProcessInfo.processInfo.environment["CONNECT_STATE_DIR"]
            .map { URL(fileURLWithPath: $0) } ?? checkoutRoot.appendingPathComponent(".local")
        let file = stateDirectory.appendingPathComponent("services.env")
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix(name + "=") {
                return String(line.dropFirst(name.count + 1))
            }
        }
        throw ServiceNotConfigured(
            message:
                "\(name) is not set and \(file.path) does not name it: run scripts/services start (or scripts/test)")
    }
}

/// The services a test needs were never started.
public struct ServiceNotConfigured: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
