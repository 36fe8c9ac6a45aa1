import ArgumentParser
import Foundation

/// connect-ingest: scrapes the R&D funding announcements of IITP, KEIT, TIPA and KIMST into PostgreSQL and ranks
/// programs for every organization. Each stage of the pipeline is a subcommand.
@main
struct ConnectIngest: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "connect-ingest",
        abstract: "Scrape, normalize, store and match Korean government R&D funding announcements.",
        discussion: """
            Settings come from defaults that point at the services started by scripts/services, an optional TOML \
            file (--config or CONNECT_INGEST_CONFIG) and environment variables (DATABASE_URL, REDIS_QUEUE_URL, \
            REDIS_CACHE_URL, CONNECT_*). `connect-ingest config show` lists them all.
            """,
        version: version,
        subcommands: [
            MigrateCommand.self, HealthCommand.self, ConfigCommand.self, AgenciesCommand.self, ParseCommand.self,
            CrawlCommand.self, ReplayCommand.self, ArchiveCommand.self, ProgramsCommand.self, ScheduleCommand.self,
            WorkCommand.self, DeadCommand.self, OrgsCommand.self, MatchCommand.self,
            MatchesCommand.self, ExplainCommand.self, StatusCommand.self,
        ]
    )

    /// Logging is set up before the arguments are parsed, so that every `Logger` a command makes writes lines in
    /// the chosen format (`--log-format`, `CONNECT_LOG_FORMAT`, JSON under systemd).
    static func main() async {
        LoggingBootstrap.install(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        await main(nil)
    }
}
