import Foundation
import Logging

/// Shows how far a long command (`replay`, `match --full`, `orgs import`) is: on an interactive terminal a bar with
/// counts and ETA, redrawn in place; in a log or a pipe, a plain log line at each tenth of the work or every 10 s.
/// Everything goes to standard error: standard output keeps the command's result, which scripts and tests parse.
final class ProgressReporter: @unchecked Sendable {
    // @unchecked: the mutable state (`throttle`, `lastDraw`, `drawn`, `latest`) is only touched with `lock` held;
    // the rest is immutable. Updates come from concurrent match batches.
    enum Style: Sendable { case bar, lines }

    let label: String
    let unit: String
    let style: Style
    private let logger: Logger
    private let write: @Sendable (String) -> Void
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let lock = NSLock()
    private var throttle = ProgressThrottle()
    private var lastDraw: Double?
    private var drawn = false
    private var latest: ProgressFigures?

    init(
        label: String, unit: String, style: Style, logger: Logger = Logger(label: "connect-ingest.progress"),
        write: @escaping @Sendable (String) -> Void = ProgressReporter.writeStandardError
    ) {
        self.label = label
        self.unit = unit
        self.style = style
        var logger = logger
        logger[metadataKey: "task"] = "\(label)"
        self.logger = logger
        self.write = write
        started = clock.now
    }

    /// A bar when the session is interactive (standard output and standard error both terminals), lines otherwise.
    static func forSession(label: String, unit: String) -> ProgressReporter {
        let interactive = isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
        return ProgressReporter(label: label, unit: unit, style: interactive ? .bar : .lines)
    }

    /// `done` of `total` so far; safe to call from any task, as often as work completes.
    func update(done: Int, total: Int) {
        let elapsed = (clock.now - started).seconds
        let figures = ProgressFigures(done: done, total: total, elapsed: elapsed)
        lock.withLock {
            latest = figures
            switch style {
            case .bar:
                // At most ten redraws a second, and always the last one.
                guard done >= total || lastDraw.map({ elapsed - $0 >= 0.1 }) ?? true else { return }
                lastDraw = elapsed
                drawn = true
                write("\r" + figures.bar(label: label, unit: unit) + "\u{1B}[K")
            case .lines:
                guard throttle.shouldReport(done: done, total: total, elapsed: elapsed) else { return }
                logger.info("\(figures.line(label: label, unit: unit))")
            }
        }
    }

    /// Ends the bar's line (the terminal's next output starts on a fresh one); lines need nothing.
    func finish() {
        lock.withLock {
            guard style == .bar, drawn else { return }
            if let latest { write("\r" + latest.bar(label: label, unit: unit) + "\u{1B}[K") }
            write("\n")
            drawn = false
        }
    }

    @Sendable static func writeStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension Duration {
    /// Whole and fractional seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
