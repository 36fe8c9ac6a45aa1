import ArgumentParser
import IngestConfig

/// `connect-ingest config show`: what every setting resolves to and where it came from, passwords masked.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Inspect settings.", subcommands: [Show.self], defaultSubcommand: Show.self)

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every setting, its value (passwords masked) and its origin; fails on a bad setting.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let settings = try options.loadSettings()
            for line in settings.redactedLines() { Terminal.line(line) }
        }
    }
}
