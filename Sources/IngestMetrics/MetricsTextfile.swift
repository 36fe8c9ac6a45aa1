import Foundation
import IngestConfig
import Logging

/// The metrics of a timer-run command (`schedule`, `crawl`, `replay`, `match`) for node_exporter's textfile
/// collector: `connect_ingest_<command>.prom` in the collector's folder, every sample labelled `command`, counters
/// carried over from the previous file, written to a temporary name (not `*.prom`, so the collector skips it) and
/// renamed over the old file, so a scrape never reads half a file.
public struct MetricsTextfile: Sendable {
    public let directory: URL
    /// The command's name: lower-case letters, digits and `_` only, as it names the file and labels the samples.
    public let command: String

    public init(directory: URL, command: String) {
        self.directory = directory
        self.command = String(command.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    public var file: URL { directory.appendingPathComponent("connect_ingest_\(command).prom") }

    /// Writes `exposition` (this process's, as `IngestMetrics.exposition()` renders it) as the command's textfile.
    public func write(_ exposition: String) throws(MetricsTextfileError) {
        let current: Exposition
        do {
            current = try Exposition(parsing: exposition).labelled(.init("command", command))
        } catch {
            throw MetricsTextfileError(file: file.path, message: "the exposition does not parse: \(error)")
        }
        let text = current.accumulating(TextfileBaseline.shared.previousRuns(of: file)).rendered()
        let temporary = directory.appendingPathComponent(".connect_ingest_\(command).prom.\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw MetricsTextfileError(file: temporary.path, message: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw MetricsTextfileError(
                file: file.path, message: "cannot rename \(temporary.lastPathComponent): \(reason)")
        }
    }

    /// What a timer-run command calls last: reads the queue and last runs into the gauges and writes the
    /// command's textfile, when `metrics.textfile_dir` names a folder. Never fails the command: a textfile that
    /// cannot be written is logged as a warning (the command's own work is done by then).
    public static func flush(command: String, settings: IngestSettings) async {
        guard let folder = MetricsSettings.textfileDirectory(settings) else { return }
        IngestMetrics.bootstrap()
        await PipelineStateReader(settings: settings).refresh()
        let textfile = MetricsTextfile(directory: URL(fileURLWithPath: folder), command: command)
        do {
            try textfile.write(IngestMetrics.exposition())
        } catch {
            Logger(label: "connect-ingest.metrics").warning("metrics textfile not written: \(error)")
        }
    }
}

/// A textfile that could not be written, with the file and why.
public struct MetricsTextfileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let message: String

    public var description: String { "\(file): \(message)" }
}
