import Foundation

/// Runs Debian's `promtool` (package `prometheus`, installed by scripts/setup): a missing promtool fails the test,
/// it is never skipped.
public enum Promtool {
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: String
    }

    public static let path = "/usr/bin/promtool"

    /// `promtool ARGUMENTS`, with `input` on its standard input; what it printed on either stream.
    public static func run(_ arguments: [String], input: String? = nil) async throws -> Outcome {
        let outcome = try await ChildProcess.run(URL(fileURLWithPath: path), arguments, input: input)
        return Outcome(status: outcome.status, output: outcome.standardOutput + outcome.standardError)
    }

    /// `promtool check metrics` on `exposition`: exit 0 and nothing said means no error and no lint problem.
    public static func checkMetrics(_ exposition: String) async throws -> Outcome {
        try await run(["check", "metrics"], input: exposition)
    }

    public static let monitoring = ServiceURLs.checkoutRoot.appendingPathComponent("scripts/monitoring")
}
