/// How far a long command is, at one moment, and its text: the bar an interactive terminal redraws and the line a
/// log gets. Pure, so the arithmetic and the layout are tested without a terminal.
struct ProgressFigures: Sendable, Hashable {
    var done: Int
    var total: Int
    /// Seconds since the work began.
    var elapsed: Double

    /// Between 0 and 1; 0 while the total is unknown (0).
    var fraction: Double { total > 0 ? min(1, Double(max(0, done)) / Double(total)) : 0 }

    /// Seconds left at the pace so far; nil before anything is done (no pace yet).
    var remaining: Double? {
        guard done > 0, total >= done else { return nil }
        return elapsed * Double(total - done) / Double(done)
    }

    /// `match --full [██████░░░░░░░░░░░░░░░░░░]  1,200/5,000 organizations  24%  0:12 elapsed  ETA 0:38`
    func bar(label: String, unit: String, width: Int = 24) -> String {
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\(label) [\(bar)]  \(Self.count(done))/\(Self.count(total)) \(unit)  \(percent)%  "
            + "\(Self.clock(elapsed)) elapsed  ETA \(remaining.map(Self.clock) ?? "-:--")"
    }

    /// `match --full: 1,200 of 5,000 organizations (24%), 0:12 elapsed, ETA 0:38`
    func line(label: String, unit: String) -> String {
        "\(label): \(Self.count(done)) of \(Self.count(total)) \(unit) (\(percent)%), \(Self.clock(elapsed)) elapsed"
            + (done >= total ? "" : ", ETA \(remaining.map(Self.clock) ?? "unknown")")
    }

    var percent: Int { Int((fraction * 100).rounded(.down)) }

    /// `0:07`, `12:03`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let whole = seconds.isFinite ? max(0, Int(seconds.rounded())) : 0
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let tail = (rest < 10 ? "0" : "") + "\(rest)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(tail)" }
        return "\(minutes):\(tail)"
    }

    /// `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
