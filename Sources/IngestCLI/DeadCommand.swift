import ArgumentParser
import Foundation
import IngestConfig
import JobQueue
import RedisClient

/// `connect-ingest dead`: the operator's side of the dead-letter queue. Jobs that ran out of attempts wait there
/// with their last error until someone fixes the cause and retries them, or decides they no longer matter.
struct DeadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dead", abstract: "List, retry or purge dead-lettered jobs (needs the queue Redis).",
        subcommands: [List.self, Retry.self, Purge.self])

    /// Where the queue is; every subcommand takes the same.
    struct QueueOptions: ParsableArguments {
        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The queue's key prefix in Redis.", visibility: .hidden))
        var namespace = "connect-ingest:queue"

        /// Connects to the queue Redis named by the settings (exit 69 when it does not answer).
        func queue() async throws -> JobQueue {
            let settings = try global.loadSettings()
            return JobQueue(connection: try await Services.redis(settings), namespace: namespace)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List dead jobs, newest first, with the error that killed each and its archived page.")

        enum Format: String, ExpressibleByArgument { case table, json }

        @OptionGroup var options: QueueOptions

        @Option(help: "At most this many jobs.")
        var limit = 100

        @Option(help: "table or json.")
        var format: Format = .table

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() async throws {
            let queue = try await options.queue()
            let letters = try await DeadCommand.attempt("dead list") { try await queue.deadLetters(limit: limit) }
            await queue.connection.close()
            switch format {
            case .json:
                try Terminal.json(letters.map(DeadRow.init))
            case .table:
                for letter in letters {
                    let what = [letter.job.kind.rawValue, letter.job.source, letter.job.agency].compactMap { $0 }
                        .joined(separator: " ")
                    Terminal.line(
                        "\(letter.job.id)  \(DeadCommand.timestamp(letter.diedAt))  "
                            + "\(what.padding(toLength: max(32, what.count), withPad: " ", startingAt: 0)) "
                            + "attempts \(letter.job.attempt)  \(letter.error)"
                            + (letter.digest.map { "  (page \($0))" } ?? ""))
                }
                Terminal.line("\(letters.count) dead jobs")
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move dead jobs back to ready with their attempts reset (after fixing the cause).")

        @OptionGroup var options: QueueOptions

        @Argument(help: "Job ids, as `dead list` shows them.")
        var ids: [String]

        func validate() throws {
            guard !ids.isEmpty else { throw ValidationError("name at least one job id") }
        }

        func run() async throws {
            let queue = try await options.queue()
            let moved = try await DeadCommand.attempt("dead retry") { try await queue.retryDead(ids: ids) }
            await queue.connection.close()
            for id in moved { Terminal.line("retried \(id)") }
            let missing = ids.filter { !moved.contains($0) }
            for id in missing { Terminal.error("error: dead retry: job \(id) is not in the dead-letter queue") }
            Terminal.line("\(moved.count) of \(ids.count) jobs back to ready")
            if !missing.isEmpty { throw ExitCode(ExitStatus.failure) }
        }
    }

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete dead jobs that died longer ago than the given age.")

        @OptionGroup var options: QueueOptions

        @Option(help: "An age such as 7d, 12h or 90m.")
        var olderThan: String

        func run() async throws {
            guard let age = DurationText.parse(olderThan) else {
                Terminal.error("error: dead purge: --older-than '\(olderThan)' is not a duration (e.g. 7d, 12h)")
                throw ExitCode(ExitStatus.configuration)
            }
            let cutoff = Date().addingTimeInterval(-Double(age.components.seconds))
            let queue = try await options.queue()
            let removed = try await DeadCommand.attempt("dead purge") { try await queue.purgeDead(olderThan: cutoff) }
            await queue.connection.close()
            Terminal.line("dead purge: removed \(removed) jobs that died before \(DeadCommand.timestamp(cutoff))")
        }
    }

    /// Runs a queue call, turning its failure into one line naming the command and exit code 69 (the queue Redis
    /// did not answer) or 1.
    static func attempt<Value>(_ command: String, _ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as QueueError {
            Terminal.error("error: \(command): \(error)")
            throw ExitCode(error.code == .redis ? ExitStatus.unavailable : ExitStatus.failure)
        }
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}

/// One dead job as `dead list --format json` prints it.
private struct DeadRow: Encodable {
    let id: String
    let kind: String
    let agency: String?
    let source: String?
    let payload: [String: String]
    let trigger: String
    let attempts: Int
    let enqueuedAt: Date
    let diedAt: Date
    let error: String
    let digest: String?

    init(_ letter: DeadLetter) {
        id = letter.job.id
        kind = letter.job.kind.rawValue
        agency = letter.job.agency
        source = letter.job.source
        payload = letter.job.payload
        trigger = letter.job.trigger.rawValue
        attempts = letter.job.attempt
        enqueuedAt = letter.job.enqueuedAt
        diedAt = letter.diedAt
        error = letter.error
        digest = letter.digest
    }
}
