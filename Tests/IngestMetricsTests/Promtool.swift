import Foundation
import TestSupport

/// Runs Debian's `promtool` (package `prometheus`, installed by scripts/setup): a missing promtool fails the test,
/// it is never skipped.
enum Promtool {
    struct Outcome: Sendable {
        let status: Int32
        let output: String
    }

    static let path = "/usr/bin/promtool"

    /// `promtool ARGUMENTS`, with `input` on its standard input.
    static func run(_ arguments: [String], input: String? = nil) async throws -> Outcome {
        try await onOwnThread { try runBlocking(arguments, input: input) }
    }

    private static func runBlocking(_ arguments: [String], input: String?) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: text)
    }

    /// `promtool check metrics` on `exposition`: exit 0 and nothing said means no error and no lint problem.
    static func checkMetrics(_ exposition: String) async throws -> Outcome {
        try await run(["check", "metrics"], input: exposition)
    }

    static let monitoring = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/monitoring")
}
