import RedisClient

/// Every failure of a queue operation, naming the operation and the job or key it was about, with the Redis client's
/// own error when Redis was the cause, so one log line says what failed and where.
public struct QueueError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; extensible, so match with `==` rather than an exhaustive switch.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case redis = "Redis failed"
            case leaseLost = "lease lost"
            case malformedReply = "malformed reply"
            case malformedJob = "malformed job"
            case invalidArgument = "invalid argument"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Redis did not answer or refused the command; `underlying` holds the client's error.
        public static let redis = Code(.redis)
        /// The lease expired and was reclaimed (or the job was released or finished by someone else): the caller no
        /// longer holds the job and must not report on it.
        public static let leaseLost = Code(.leaseLost)
        /// A script answered in a shape this version does not understand (a queue written by another version).
        public static let malformedReply = Code(.malformedReply)
        /// A job stored in the queue could not be decoded.
        public static let malformedJob = Code(.malformedJob)
        /// The call itself cannot be carried out (e.g. an empty coalesce key).
        public static let invalidArgument = Code(.invalidArgument)

        public var description: String { base.rawValue }
    }

    public var code: Code
    /// The queue operation, e.g. `enqueue`, `lease`, `fail`.
    public var operation: String
    /// The queue's namespace (its key prefix).
    public var namespace: String
    /// The job concerned, when there is one.
    public var jobID: String?
    /// The dedupe or coalesce key concerned, when there is one.
    public var key: String?
    /// What went wrong, in our words.
    public var message: String
    /// The Redis client's error, when Redis was the cause.
    public var underlying: RedisError?

    public init(
        code: Code, operation: String, namespace: String, jobID: String? = nil, key: String? = nil,
        message: String, underlying: RedisError? = nil
    ) {
        self.code = code
        self.operation = operation
        self.namespace = namespace
        self.jobID = jobID
        self.key = key
        self.message = message
        self.underlying = underlying
    }

    /// One line: operation, namespace, job and key, our message, then the Redis client's words.
    public var description: String {
        var text = "queue \(operation) (\(namespace)"
        if let jobID { text += ", job \(jobID)" }
        if let key { text += ", key \(key)" }
        text += "): \(code): \(message)"
        if let underlying { text += " [\(underlying)]" }
        return text
    }
}
