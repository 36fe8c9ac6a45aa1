import ArgumentParser
import Foundation
import IngestConfig

/// `connect-ingest status`: one look at the pipeline for an operator — the queue (depths, oldest waiting job,
/// leases and their workers, dead letters), the last run of every source by agency, and the last match run. What
/// can be read is printed even when a service does not answer; the exit code (69) says one did not.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the queue, the last run of every source and the last match run (needs Redis and PostgreSQL).",
        discussion: """
            Prints what it could read even when a service does not answer, names that service, and exits 69. \
            --format json prints the same as one JSON object (snake_case keys, ISO 8601 times).
            """)

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var options: GlobalOptions

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The queue's key prefix in Redis.", visibility: .hidden))
    var namespace = "connect-ingest:queue"

    func run() async throws {
        let settings = try options.loadSettings()
        var report = StatusReport(generatedAt: Date())
        async let queueRead = StatusReading.queue(settings, namespace: namespace)
        await StatusReading.runs(settings, into: &report)
        let (queue, queueProblem) = await queueRead
        report.queue = queue
        if let queueProblem { report.problems.insert(queueProblem, at: 0) }
        Terminal.line(format == .json ? report.json : report.text)
        for problem in report.problems {
            Terminal.error("error: status: " + problem.line)
        }
        if report.problems.contains(where: \.unreachable) { throw ExitCode(ExitStatus.unavailable) }
        if !report.problems.isEmpty { throw ExitCode(ExitStatus.failure) }
    }
}
