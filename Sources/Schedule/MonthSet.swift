import Foundation

/// Months of the year (1–12), written `1-3` or `1,2,3` or `11-12,1-3`: when the peak-season slots apply.
public struct MonthSet: Sendable, Hashable, CustomStringConvertible {
    public let months: Set<Int>

    public init(_ months: Set<Int>) { self.months = months.filter { (1...12).contains($0) } }

    /// Parses a comma-separated list of months and ascending ranges; an empty text is no month at all.
    /// - Throws: `ScheduleError` naming the entry that is not a month or an ascending range of months.
    public init(parsing text: String) throws(ScheduleError) {
        var months: Set<Int> = []
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty {
            for entry in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
                let bounds = entry.split(separator: "-", omittingEmptySubsequences: false).map {
                    Int($0.trimmingCharacters(in: .whitespaces))
                }
                guard (1...2).contains(bounds.count), let first = bounds[0], let last = bounds[bounds.count - 1],
                    (1...12).contains(first), (1...12).contains(last), first <= last
                else {
                    throw ScheduleError(
                        code: .badSetting,
                        message: "\"\(entry.trimmingCharacters(in: .whitespaces))\" in \"\(text)\" is not a month "
                            + "(1-12) or an ascending range of months (1-3)")
                }
                months.formUnion(first...last)
            }
        }
        self.months = months
    }

    public func contains(_ month: Int) -> Bool { months.contains(month) }

    /// `1-3`, `11-12,1-3` style: runs of consecutive months.
    public var description: String {
        var runs: [String] = []
        var start: Int?
        var previous = 0
        for month in months.sorted() {
            if let first = start, month != previous + 1 {
                runs.append(first == previous ? "\(first)" : "\(first)-\(previous)")
                start = month
            } else if start == nil {
                start = month
            }
            previous = month
        }
        if let first = start { runs.append(first == previous ? "\(first)" : "\(first)-\(previous)") }
        return runs.joined(separator: ",")
    }
}
