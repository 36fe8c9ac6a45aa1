import IngestConfig
import IngestMetrics

/// What the commands a timer runs (`schedule`, `crawl`, `replay`, `match`) leave for node_exporter's textfile
/// collector: their metrics, written when the command ends, whether it succeeded or not (a failed run is what the
/// alerts are for).
enum TimerRunMetrics {
    static func recording(
        _ command: String, _ settings: IngestSettings, _ body: () async throws -> Void
    ) async throws {
        // Metrics are recorded from here on; commands that expose none (status, programs …) never start them.
        IngestMetrics.bootstrap()
        do {
            try await body()
        } catch {
            await MetricsTextfile.flush(command: command, settings: settings)
            throw error
        }
        await MetricsTextfile.flush(command: command, settings: settings)
    }
}
