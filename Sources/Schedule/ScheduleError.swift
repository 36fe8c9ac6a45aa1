/// Why the scheduler could not plan or enqueue a slot: a code scripts can act on and a message naming the cause.
public struct ScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Extensible: new causes add new codes.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        let name: String
        /// A schedule setting (slots, peak slots, peak months) cannot be read.
        public static let badSetting = Code(name: "bad setting")
        /// `--agency` names no enabled agency of the agency files.
        public static let unknownAgency = Code(name: "unknown agency")
        /// `--at` is neither an ISO 8601 instant nor `YYYY-MM-DD HH:MM`.
        public static let badInstant = Code(name: "bad instant")
        /// The queue refused or did not answer an enqueue.
        public static let enqueueFailed = Code(name: "enqueue failed")

        public var description: String { name }
    }

    public var code: Code
    public var message: String
    /// The crawl being enqueued when the queue failed, if any (`source` or `source [variant]`).
    public var crawl: String?

    public init(code: Code, message: String, crawl: String? = nil) {
        self.code = code
        self.message = message
        self.crawl = crawl
    }

    public var description: String { crawl.map { "\($0): \(message)" } ?? message }
}
