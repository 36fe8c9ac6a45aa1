import RedisClient

/// Spacing of requests to one site host, shared by every worker process on every machine: the schedule lives in
/// Redis, as one "theoretical arrival time" per host (GCRA), read and advanced atomically by a Lua script on Redis's
/// own clock, so workers with skewed clocks still agree.
///
/// A caller reserves the next free slot and sleeps until it; slots are booked in order, so two workers asking at once
/// get consecutive slots instead of both passing. A wait longer than `maxWait` books nothing and is reported, so a
/// crawl can stop with a reason instead of sleeping for an hour.
public struct HostRateLimiter: Sendable {
    let redis: RedisConnection
    let keyPrefix: String

    public init(redis: RedisConnection, keyPrefix: String = "connect-ingest:rate:") {
        self.redis = redis
        self.keyPrefix = keyPrefix
    }

    /// What `reserve` decided.
    public enum Reservation: Sendable, Equatable {
        /// The request may start after this wait (zero: at once).
        case granted(wait: Duration)
        /// The next free slot is further away than the caller accepts; nothing was booked.
        case tooFar(wait: Duration)
    }

    /// Books the next slot for `host` at one request per `interval`.
    public func reserve(host: String, interval: Duration, maxWait: Duration) async throws -> Reservation {
        let reply = try await redis.evaluate(
            Self.script, keys: [.init(keyPrefix + host.lowercased())],
            arguments: [.init(interval.milliseconds), .init(maxWait.milliseconds)])
        guard case .integer(let answer) = reply else {
            throw RedisError(
                code: .protocolError, message: "the rate-limit script returned \(reply), not an integer",
                command: "EVALSHA", endpoint: redis.url.description)
        }
        return answer >= 0 ? .granted(wait: .milliseconds(answer)) : .tooFar(wait: .milliseconds(-answer - 1))
    }

    /// Waits for the next slot of `host`; returns false (having waited for nothing) when it is beyond `maxWait`.
    public func acquire(host: String, interval: Duration, maxWait: Duration) async throws -> Bool {
        switch try await reserve(host: host, interval: interval, maxWait: maxWait) {
        case .granted(let wait):
            if wait > .zero { try await Task.sleep(for: wait) }
            return true
        case .tooFar:
            return false
        }
    }

    /// KEYS[1]: the host's arrival time (ms, Redis clock). ARGV: interval ms, max wait ms. Returns the wait in ms
    /// (≥ 0, slot booked) or -(wait + 1) when the wait exceeds the maximum (nothing booked).
    static let script = RedisScript(
        """
        local now_parts = redis.call('TIME')
        local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
        local interval = tonumber(ARGV[1])
        local max_wait = tonumber(ARGV[2])
        local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tat < now then tat = now end
        local wait = tat - now
        if wait > max_wait then return -(wait + 1) end
        local next_tat = tat + interval
        redis.call('SET', KEYS[1], next_tat, 'PX', next_tat - now + interval)
        return wait
        """)
}

extension Duration {
    /// Whole milliseconds (rounded down).
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
