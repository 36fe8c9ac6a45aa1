/// When a run that is not on a terminal writes a progress line: at each further tenth of the work, when `interval`
/// seconds passed since the last line (slow batches still show life), and at the end; never twice for one count.
/// Pure: fed counts and elapsed seconds, so it is tested without a clock.
struct ProgressThrottle: Sendable {
    /// Lines at each 1/`steps` of the work.
    var steps = 10
    /// Seconds after which a line is due whatever the count.
    var interval: Double = 10
    private var lastStep = 0
    private var lastLine: Double = 0
    private var lastDone: Int?

    init(steps: Int = 10, interval: Double = 10) {
        self.steps = max(1, steps)
        self.interval = interval
    }

    /// Whether to write a line now; records it when so.
    mutating func shouldReport(done: Int, total: Int, elapsed: Double) -> Bool {
        guard done != lastDone else { return false }
        let step = total > 0 ? min(steps, done * steps / total) : 0
        let due = (total > 0 && done >= total) || step > lastStep || elapsed - lastLine >= interval
        guard due else { return false }
        lastStep = max(lastStep, step)
        lastLine = elapsed
        lastDone = done
        return true
    }
}
