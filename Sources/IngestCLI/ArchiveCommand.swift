import ArgumentParser
import Fetch
import Foundation
import IngestConfig
import Store

/// `connect-ingest archive prune`: applies the archive's retention. Index rows older than the retention go, except
/// each source's newest run and pages a recorded, unresolved failure points at; then the archived bodies no row
/// refers to any more.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Manage the archive of fetched pages.", subcommands: [Prune.self])

    struct Prune: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete archived pages older than the retention (setting archive.retention).")

        @OptionGroup var options: GlobalOptions

        @Option(help: "Override the retention, e.g. 30d.")
        var olderThan: String?

        func run() async throws {
            let settings = try options.loadSettings()
            var retention = settings.duration(.archiveRetention)
            if let olderThan {
                guard let parsed = DurationText.parse(olderThan) else {
                    Terminal.error("error: --older-than: '\(olderThan)' is not a duration (e.g. 30d, 12h)")
                    throw ExitCode(ExitStatus.configuration)
                }
                retention = parsed
            }
            let database = try await Services.postgres(settings)
            let cutoff = Date().addingTimeInterval(-Double(retention.components.seconds))
            let removable = try await FetchedPageIndex(connection: database).prune(before: cutoff)
            let archive = PageArchive(root: URL(fileURLWithPath: settings.archiveDirectory))
            for digest in removable { archive.remove(digest) }
            Terminal.line(
                "archive: removed \(removable.count) bodies fetched before \(cutoff) from \(archive.root.path)")
            await database.close()
        }
    }
}
