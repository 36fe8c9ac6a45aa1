import Foundation

/// One unit of work the queue hands to a worker. Handlers are idempotent (a crawl stores idempotently), so a job
/// delivered twice — after a worker died holding it — does no harm.
public struct Job: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Crawl one source (an agency's own board, or IRIS/NTIS for every agency).
        case crawlSource = "crawl_source"
        /// Fetch and store one detail page.
        case fetchDetail = "fetch_detail"
        /// Recompute match scores for a batch.
        case matchBatch = "match_batch"
        /// Does nothing: benchmarks and tests of the queue itself.
        case noop
    }

    /// Who asked for the work.
    public enum Trigger: String, Codable, Sendable {
        case timer, manual, replay
    }

    public var id: String
    public var kind: Kind
    /// nil for a shared source crawled for every agency.
    public var agency: String?
    public var source: String?
    public var payload: [String: String]
    /// Attempts made before this delivery (0 on the first).
    public var attempt: Int
    public var runID: Int64?
    public var trigger: Trigger
    public var enqueuedAt: Date

    public init(
        id: String = Job.newID(), kind: Kind, agency: String? = nil, source: String? = nil,
        payload: [String: String] = [:], attempt: Int = 0, runID: Int64? = nil, trigger: Trigger = .manual,
        enqueuedAt: Date = Date()
    ) {
        self.id = id
        self.kind = kind
        self.agency = agency
        self.source = source
        self.payload = payload
        self.attempt = attempt
        self.runID = runID
        self.trigger = trigger
        self.enqueuedAt = enqueuedAt
    }

    /// Time-ordered and unique across hosts: milliseconds since 1970 in hex, then 64 random bits.
    public static func newID() -> String {
        let millis = UInt64(Date().timeIntervalSince1970 * 1000)
        return String(millis, radix: 16) + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
    }
}

/// Which worker holds a lease: recorded with it so an operator sees who has what.
public struct WorkerIdentity: Codable, Sendable, Hashable {
    public var host: String
    public var pid: Int32
    /// Distinguishes workers of one process (and a restarted process that got the same pid).
    public var instance: String

    public init(host: String, pid: Int32, instance: String = String(UInt32.random(in: 0...UInt32.max), radix: 16)) {
        self.host = host
        self.pid = pid
        self.instance = instance
    }

    public static var current: WorkerIdentity {
        WorkerIdentity(host: ProcessInfo.processInfo.hostName, pid: ProcessInfo.processInfo.processIdentifier)
    }

    public var description: String { "\(host):\(pid):\(instance)" }
}
