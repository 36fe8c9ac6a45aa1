import Foundation

/// How soon a program closes, in the buckets the urgency component scores. Bucketed on purpose: between two runs
/// a program's urgency changes only when it crosses a bucket, so an incremental run knows exactly which programs a
/// day's passing changed (those whose bucket differs between the two runs' as-of instants).
public enum UrgencyBucket: Int, Sendable, Hashable, CaseIterable {
    case closed = 0
    case withinWeek, withinMonth, withinTwoMonths, later, unknown

    public init(end: Date?, openEnded: Bool, asOf: Date) {
        guard let end, !openEnded else {
            self = .unknown
            return
        }
        guard asOf < end else {
            self = .closed
            return
        }
        let seconds = end.timeIntervalSince(asOf)
        let day = 86_400.0
        switch seconds {
        case ..<(7 * day): self = .withinWeek
        case ..<(30 * day): self = .withinMonth
        case ..<(60 * day): self = .withinTwoMonths
        default: self = .later
        }
    }

    var points: UInt8 {
        switch self {
        case .closed: 0
        case .withinWeek: 10
        case .withinMonth: 8
        case .withinTwoMonths: 6
        case .later, .unknown: 4
        }
    }
}
