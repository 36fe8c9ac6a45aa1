import ArgumentParser
import IngestConfig

/// Options every subcommand that touches a service accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "A TOML settings file (default: $CONNECT_INGEST_CONFIG, if set).")
    var config: String?

    /// Read before parsing, by `LoggingBootstrap`; declared here so that it is accepted and shown in `--help`.
    @Option(help: "Log lines as text or json (default: $CONNECT_LOG_FORMAT, json under systemd, else text).")
    var logFormat: LogFormat?

    /// Loads the settings, or stops the command with the setting's name and a configuration exit code.
    func loadSettings() throws -> IngestSettings {
        do {
            return try IngestSettings.load(configFile: config)
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.configuration)
        }
    }
}

/// Exit codes with a meaning scripts and systemd can rely on.
enum ExitStatus {
    static let failure: Int32 = 1
    /// A setting is missing or malformed (sysexits' EX_CONFIG).
    static let configuration: Int32 = 78
    /// Input that cannot be used: a broken agency file, a page its parser rejects (sysexits' EX_DATAERR).
    static let dataError: Int32 = 65
    /// A service the command needs did not answer (sysexits' EX_UNAVAILABLE).
    static let unavailable: Int32 = 69
    /// Try again later: another run holds what this one needs (sysexits' EX_TEMPFAIL).
    static let temporaryFailure: Int32 = 75
}
