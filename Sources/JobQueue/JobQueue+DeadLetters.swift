import Foundation
import RedisClient

extension JobQueue {
    /// The dead-lettered jobs, newest first, with the error that killed each.
    public func deadLetters(limit: Int = 100) async throws -> [DeadLetter] {
        guard limit > 0 else { return [] }
        let reply = try await run(QueueScripts.deadLetters, "dead letters", arguments: [.init(limit)])
        var reader = try ReplyReader(reply, failure: malformed("dead letters"))
        var letters: [DeadLetter] = []
        let decoder = JSONDecoder()
        while !reader.isAtEnd {
            let id = try reader.string()
            let died = try reader.integer()
            let body = try reader.bytes()
            let attempt = try reader.integer()
            let info = try reader.bytes()
            let job = try decoded(body, attempt: attempt, id: id, operation: "dead letters", decoder: decoder)
            let reason = (try? decoder.decode(DeathRecord.self, from: Data(info))) ?? DeathRecord(error: nil)
            letters.append(
                DeadLetter(
                    job: job, error: reason.error ?? "unknown", digest: reason.digest,
                    diedAt: QueueCoding.date(microseconds: died)))
        }
        return letters
    }

    /// Moves dead jobs back to ready with their attempts reset, after an operator fixed the cause.
    /// - Returns: the ids that were dead and moved; unknown ids and jobs in other states are ignored.
    @discardableResult
    public func retryDead(ids: [String]) async throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let reply = try await run(
            QueueScripts.retryDead, "retry dead", jobID: ids.count == 1 ? ids[0] : nil,
            arguments: ids.map { RedisArgument($0) })
        return try strings(reply, operation: "retry dead")
    }

    /// Deletes dead jobs that died before `date`.
    /// - Returns: how many were deleted.
    @discardableResult
    public func purgeDead(olderThan date: Date) async throws -> Int {
        let bound = "(\(QueueCoding.microseconds(date))"
        var total = 0
        while true {
            let reply = try await run(
                QueueScripts.purgeDead, "purge dead", arguments: [.init(bound), .init(QueueScripts.sweepLimit)])
            guard let count = reply.int else { throw malformed("purge dead")("expected an integer reply") }
            total += Int(count)
            if count < QueueScripts.sweepLimit { return total }
        }
    }
}

/// The reason stored with a dead job (written by the scripts' `bury`).
private struct DeathRecord: Decodable {
    var error: String?
    var digest: String?
}
