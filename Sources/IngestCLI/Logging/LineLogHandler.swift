import Foundation
import Logging

/// The one `LogHandler` of the command: every record becomes one line (text or JSON) handed to `write`, with the
/// logger's metadata (run id, agency, source, job id, URL where known), the metadata provider's and the event's.
struct LineLogHandler: LogHandler {
    let label: String
    let format: LogFormat
    /// Receives each finished line, without its newline.
    let write: @Sendable (String) -> Void
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    var logLevel: Logger.Level = .info

    init(label: String, format: LogFormat, write: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.format = format
        self.write = write
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let record = LogRecord(
            time: Date(), level: event.level, label: label, message: event.message.description, metadata: merged)
        write(format == .json ? record.jsonLine : record.textLine)
    }
}
