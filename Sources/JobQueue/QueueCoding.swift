import Foundation
import RedisClient

/// How jobs, workers and times are written into Redis and read back: one place, so the scripts' conventions (JSON
/// job bodies, tab-separated owners, microseconds) are not spread over every operation.
enum QueueCoding {
    static func encode(_ job: Job) -> [UInt8] {
        JobJSON.encode(job)
    }

    /// Decodes a stored job and sets its attempt from the queue's own count.
    static func decode(_ bytes: [UInt8], attempt: Int, decoder: JSONDecoder = JSONDecoder()) throws -> Job {
        var job = try JobJSON.decode(bytes, decoder: decoder)
        job.attempt = attempt
        return job
    }

    /// "host TAB pid TAB instance", the worker part of a lease's owner field.
    static func worker(_ worker: WorkerIdentity) -> String {
        "\(sanitized(worker.host))\t\(worker.pid)\t\(sanitized(worker.instance))"
    }

    /// Reads an owner field, "token TAB ready-score TAB host TAB pid TAB instance".
    static func owner(_ text: String) -> (token: Int64, worker: WorkerIdentity)? {
        let parts = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 5, let token = Int64(parts[0]), let pid = Int32(parts[3]) else { return nil }
        return (token, WorkerIdentity(host: String(parts[2]), pid: pid, instance: String(parts[4])))
    }

    static func date(microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }

    static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// Tabs would shift the owner field's columns; no real host name or instance has one.
    private static func sanitized(_ text: String) -> String {
        text.contains("\t") ? text.replacingOccurrences(of: "\t", with: " ") : text
    }
}

/// Walks a script's flat array reply, turning a wrong shape into a `QueueError` that names the operation.
struct ReplyReader {
    private let elements: [RedisReply]
    private var index = 0
    private let failure: (String) -> QueueError

    init(_ reply: RedisReply, failure: @escaping (String) -> QueueError) throws {
        guard let elements = reply.array else { throw failure("expected an array reply") }
        self.elements = elements
        self.failure = failure
    }

    var isAtEnd: Bool { index >= elements.count }
    var remaining: Int { elements.count - index }

    mutating func bytes() throws -> [UInt8] {
        let element = try next()
        guard let bytes = element.bytes else { throw failure("expected a string at position \(index)") }
        return bytes
    }

    mutating func string() throws -> String {
        let element = try next()
        guard let text = element.string else { throw failure("expected text at position \(index)") }
        return text
    }

    mutating func integer() throws -> Int64 {
        let element = try next()
        guard let value = element.int else { throw failure("expected an integer at position \(index)") }
        return value
    }

    private mutating func next() throws -> RedisReply {
        guard index < elements.count else { throw failure("the reply ended early (\(elements.count) elements)") }
        defer { index += 1 }
        return elements[index]
    }
}
