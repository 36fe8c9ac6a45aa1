import Foundation

/// Where the services started by `scripts/services` listen, for tests. The environment wins (scripts/test exports
/// the variables); otherwise the URLs file that `scripts/services start` writes in the checkout is read.
public enum ServiceURLs {
    /// The checkout's root, found from this file's location so tests run from any working directory.
    public static let checkoutRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var databaseURL: String { value(for: "DATABASE_URL") }
    public static var redisQueueURL: String { value(for: "REDIS_QUEUE_URL") }
    public static var redisCacheURL: String { value(for: "REDIS_CACHE_URL") }

    /// Reads a URL from the environment or the services file; a missing value stops the test with the reason,
    /// because a skipped service test would hide a broken set-up.
    public static func value(for name: String) -> String {
        if let value = ProcessInfo.processInfo.environment[name], !value.isEmpty { return value }
        let stateDirectory = ProcessInfo.processInfo.environment["CONNECT_STATE_DIR"]
            .map { URL(fileURLWithPath: $0) } ?? checkoutRoot.appendingPathComponent(".local")
        let file = stateDirectory.appendingPathComponent("services.env")
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix(name + "=") {
                return String(line.dropFirst(name.count + 1))
            }
        }
        fatalError("\(name) is not set and \(file.path) does not name it: run scripts/services start (or scripts/test)")
    }
}
