import Foundation
import TestSupport

/// Runs the built `connect-ingest` executable as a user would, capturing its output and exit code. The binary sits
/// beside the test bundle in the build folder (`swift build --build-tests` builds both).
struct CommandRunner {
    typealias Outcome = ChildProcess.Outcome

    static func binaryURL() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["CONNECT_INGEST_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        return try BuiltProduct.url("connect-ingest")
    }

    /// Runs the binary with `arguments`; `environment` entries are added to (or, when nil, removed from) the
    /// inherited environment.
    static func run(_ arguments: [String], environment: [String: String?] = [:]) async throws -> Outcome {
        try await ChildProcess.run(try binaryURL(), arguments, environment: environment)
    }
}
