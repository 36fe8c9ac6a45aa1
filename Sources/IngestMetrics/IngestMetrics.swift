import CoreMetrics
import Prometheus

/// The process's metrics: one Prometheus registry behind the swift-metrics API that the pipeline's modules record
/// through. Until `bootstrap()` runs, swift-metrics drops every measurement (tests and commands that never expose
/// metrics pay nothing).
public enum IngestMetrics {
    /// Where every measurement of this process ends up, and what `/metrics` and the textfiles render.
    public static let registry = PrometheusCollectorRegistry()

    private static let bootstrapped: Void = MetricsSystem.bootstrap(IngestMetricsFactory(registry: registry))

    /// Routes swift-metrics into `registry`. Call it once at process start; later calls do nothing (swift-metrics
    /// itself allows one bootstrap per process and traps on a second).
    public static func bootstrap() {
        _ = bootstrapped
    }

    /// Everything recorded so far, in the Prometheus text format (version 0.0.4).
    public static func exposition() -> String {
        registry.emitToString()
    }

    /// The media type of `exposition()`.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"
}
