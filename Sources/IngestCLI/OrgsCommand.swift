import ArgumentParser
import Organizations
import PostgresClient

/// `connect-ingest orgs`: the organizations the matcher ranks programs for, imported from CSV/JSON files.
struct OrgsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs", abstract: "Import and list organizations.",
        subcommands: [OrgsImportCommand.self, OrgsListCommand.self])
}

/// `connect-ingest orgs import FILE`: validates every row, then inserts or updates all of them in one transaction.
struct OrgsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Insert or update organizations from a CSV or JSON file.",
        discussion: """
            Columns (CSV header or JSON keys) are listed in Fixtures/organizations/README.md; name and type are \
            required. Every row is validated first: a bad row is reported with its line (CSV) or record (JSON) and \
            field, and then nothing is imported (exit 65). A row is the stored organization with the same ref, else \
            the same business number, else the same name and type; unchanged rows are left untouched. Business \
            registration numbers are stored encrypted with the key in CONNECT_BRN_KEY (make one with \
            `openssl rand -base64 32`); without it, a file carrying numbers is refused (exit 78). Needs PostgreSQL \
            (DATABASE_URL), migrated.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV or JSON file.")
    var file: String

    @Option(help: "csv or json (default: from the file's extension).")
    var format: OrganizationFileFormat?

    @Flag(help: "Validate and match against the stored organizations, report, and write nothing.")
    var dryRun = false

    func run() async throws {
        let rows: [ImportedOrganization]
        do {
            rows = try OrganizationFile.read(path: file, format: format)
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        var cipher: BusinessNumberCipher?
        if rows.contains(where: { $0.businessNumber != nil }) {
            do {
                cipher = try BusinessNumberCipher.fromEnvironment()
            } catch {
                Terminal.error("error: \(error)")
                throw ExitCode(ExitStatus.configuration)
            }
        }
        let settings = try options.loadSettings()
        let database = try await Services.postgres(settings)
        let outcome: OrganizationStore.ImportOutcome
        do {
            let progress = ProgressReporter.forSession(label: "orgs import", unit: "organizations")
            outcome = try await OrganizationStore(connection: database).importRows(
                rows, cipher: cipher, dryRun: dryRun,
                progress: { done, total in progress.update(done: done, total: total) })
            progress.finish()
            await database.close()
        } catch let error as OrganizationImportError {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.dataError)
        } catch let error as PostgresError where error.code == .connectionLost || error.code == .connectionFailed {
            Terminal.error("error: PostgreSQL: \(error)")
            throw ExitCode(ExitStatus.unavailable)
        }
        Terminal.line(
            "\(file): \(rows.count) organizations: inserted \(outcome.inserted.count), "
                + "updated \(outcome.updated.count), unchanged \(outcome.unchanged.count)"
                + (dryRun ? " (dry run: nothing written)" : ""))
    }
}

extension OrganizationFileFormat: ExpressibleByArgument {}
