import Foundation
import TestSupport

/// Runs a tool (systemd-analyze, the install script) and captures its exit status and output.
enum ToolRunner {
    typealias Outcome = ChildProcess.Outcome

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws
        -> Outcome
    {
        try await ChildProcess.run(URL(fileURLWithPath: executable), arguments, environment: environment)
    }

    /// The first executable named `name` on PATH or in the usual system folders, if any.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
