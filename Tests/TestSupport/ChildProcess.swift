import Foundation

/// Runs a program to its end and captures what it printed, for tests that drive tools (`connect-ingest`, `promtool`,
/// systemd-analyze, the install script). Output goes through files, so a chatty stream never blocks the child on a
/// full pipe, and the wait happens on a thread of its own (see `onOwnThread`).
public enum ChildProcess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// Runs `executable` with `arguments` and `input` (if any) on its standard input; `environment` entries are added
    /// to (or, when nil, removed from) the inherited environment.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String?] = [:], input: String? = nil
    ) async throws -> Outcome {
        try await onOwnThread { try runBlocking(executable, arguments, environment: environment, input: input) }
    }

    private static func runBlocking(
        _ executable: URL, _ arguments: [String], environment: [String: String?], input: String?
    ) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("child-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout")
        let errorURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let errors = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for (name, value) in environment { inherited[name] = value }
        process.environment = inherited
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }
}
