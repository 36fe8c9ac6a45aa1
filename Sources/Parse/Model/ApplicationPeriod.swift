import Foundation

/// When applications are accepted, as instants in Korea time, remembering what the page actually said: whether a
/// closing time was given (a date-only closing day means the end of that day in Korea), whether the period is
/// open-ended (`예산 소진시까지`, `추후 공지`, `상시 접수`), and the phrase it came from.
public struct ApplicationPeriod: Sendable, Hashable {
    public var start: Date?
    public var end: Date?
    public var closingTimeGiven: Bool
    public var openEnded: Bool
    /// The period as written on the page.
    public var text: String?

    public init(
        start: Date? = nil, end: Date? = nil, closingTimeGiven: Bool = false, openEnded: Bool = false,
        text: String? = nil
    ) {
        self.start = start
        self.end = end
        self.closingTimeGiven = closingTimeGiven
        self.openEnded = openEnded
        self.text = text
    }

    /// No period stated at all.
    public static let unknown = ApplicationPeriod()

    /// Upcoming before the start, closed from the end on, otherwise open — also with no period at all (nothing says
    /// it has closed). The same rule as the database's `program_status()`.
    public func status(asOf instant: Date) -> ProgramStatus {
        if let start, instant < start { return .upcoming }
        if let end, instant >= end { return .closed }
        return .open
    }
}

/// Derived from a period and a clock; never stored as the truth.
public enum ProgramStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case upcoming, open, closed
}
