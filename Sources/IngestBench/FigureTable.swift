/// The closing table of a benchmark run: every figure with its target and whether the run met it, so one look says
/// where the project stands (the JSON lines above it stay the machine-readable record).
enum FigureTable {
    static func render(_ figures: [Figure]) -> String {
        guard !figures.isEmpty else { return "" }
        let rows = figures.map { figure in
            [figure.name, format(figure.value) + " " + figure.unit, figure.target ?? "", status(figure)]
        }
        let header = ["figure", "value", "target", "status"]
        let widths = (0..<header.count).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// `met` / `NOT MET` for a target `>= N` or `<= N`; empty for a figure without one.
    static func status(_ figure: Figure) -> String {
        guard let target = figure.target else { return "" }
        let parts = target.split(separator: " ")
        guard parts.count == 2, let bound = Double(parts[1]) else { return "?" }
        switch parts[0] {
        case ">=": return figure.value >= bound ? "met" : "NOT MET"
        case "<=": return figure.value <= bound ? "met" : "NOT MET"
        default: return "?"
        }
    }

    static func format(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let hundredths = (value * 100).rounded() / 100
        return "\(hundredths)"
    }
}
