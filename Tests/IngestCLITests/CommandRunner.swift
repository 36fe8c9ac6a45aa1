import Foundation
import TestSupport

/// Runs the built `connect-ingest` executable as a user would, capturing its output and exit code. The binary sits
/// beside the test bundle in the build folder (`swift build --build-tests` builds both).
struct CommandRunner {
    struct Outcome: Sendable {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static func binaryURL() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["CONNECT_INGEST_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        return try BuiltProduct.url("connect-ingest")
    }

    /// Runs the binary with `arguments`; `environment` entries are added to (or, when nil, removed from) the
    /// inherited environment.
    static func run(_ arguments: [String], environment: [String: String?] = [:]) async throws -> Outcome {
        try await onOwnThread { try runBlocking(arguments, environment: environment) }
    }

    private static func runBlocking(_ arguments: [String], environment: [String: String?]) throws -> Outcome {
        let process = Process()
        process.executableURL = try binaryURL()
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for (name, value) in environment { inherited[name] = value }
        process.environment = inherited
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both pipes drained at once: a chatty stderr (a worker's log) must not fill its pipe while stdout is read.
        let errorReader = PipeReader(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorReader.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    // @unchecked: `data` is written once by the reading thread before `done` is signalled, and read only after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
