import ArgumentParser
import IngestConfig
import PostgresClient
import Store

/// `connect-ingest migrate`: brings the database schema up to date. Safe to run on several hosts at once and to
/// rerun; refuses a database migrated by a newer binary.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations (needs DATABASE_URL).",
        discussion: "Each migration runs in its own transaction under an advisory lock; a rerun applies nothing.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let settings = try options.loadSettings()
        let target = Redaction.maskURL(settings.databaseURL)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                to: settings.databaseURL, connectTimeout: settings.duration(.connectTimeout))
        } catch {
            Terminal.error("error: cannot reach PostgreSQL at \(target): \(error)")
            Terminal.error("hint: start the local services with scripts/services start, or set DATABASE_URL")
            throw ExitCode(ExitStatus.unavailable)
        }
        let runner = MigrationRunner(connection: connection)
        do {
            let applied = try await runner.migrate()
            if applied.isEmpty {
                Terminal.line("migrate: \(target) is up to date (version \(runner.latestVersion))")
            } else {
                for migration in applied {
                    Terminal.line("migrate: applied \(migration.version) \(migration.name)")
                }
                Terminal.line("migrate: \(target) is now at version \(runner.latestVersion)")
            }
            await connection.close()
        } catch {
            await connection.close()
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
    }
}
