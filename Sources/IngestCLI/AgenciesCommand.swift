import ArgumentParser
import IngestConfig
import Parse

/// `connect-ingest agencies check`: validates every agency file (unknown keys, bad XPath, missing rules, unknown
/// parsers) before an operator's selector fix goes live.
struct AgenciesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencies", abstract: "Inspect the per-agency extraction rules.", subcommands: [Check.self],
        defaultSubcommand: Check.self)

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every agencies/*.toml; print each problem with file, line, source and field.")

        @OptionGroup var options: GlobalOptions

        @Option(help: "The agency files' folder (default: the paths.agencies setting).")
        var dir: String?

        func run() async throws {
            let directory = try dir ?? options.loadSettings().agenciesDirectory
            let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)
            do {
                let configs = try loader.loadDirectory(directory)
                for config in configs {
                    let sources = config.sources.map(\.id).joined(separator: ", ")
                    Terminal.line("ok  \(config.file): \(config.code), \(config.sources.count) sources (\(sources))")
                }
            } catch {
                for problem in error.errors { Terminal.error("error: \(problem)") }
                Terminal.error("\(error.errors.count) problem(s) in \(directory)")
                throw ExitCode(ExitStatus.dataError)
            }
        }
    }
}
