import JobQueue
import Metrics

/// The gauges that describe the pipeline's state rather than this process's work: the queue and each agency's
/// last success. They are set from the services when `/metrics` is scraped or a textfile is written
/// (`PipelineStateReader`), and the last success also the moment a run of this process succeeds.
enum StateGauges {
    static func queue(_ counts: QueueCounts, oldestWaiting: Duration?) {
        let states = [
            ("ready", counts.ready), ("delayed", counts.delayed), ("leased", counts.leased), ("dead", counts.dead),
        ]
        for (state, count) in states {
            Gauge(label: MetricSeries.queueJobs.name, dimensions: [("state", state)]).record(count)
        }
        let seconds = oldestWaiting.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
        Gauge(label: MetricSeries.queueOldestWaiting.name).record(seconds ?? 0)
    }

    /// `at`: Unix time; 0 for an agency that never succeeded.
    static func lastSuccess(agency: String, at: Double) {
        Gauge(label: MetricSeries.lastSuccess.name, dimensions: [("agency", agency)]).record(at)
    }

    static func readFailed(service: String) {
        Counter(label: MetricSeries.stateReadFailures.name, dimensions: [("service", service)]).increment()
    }
}
