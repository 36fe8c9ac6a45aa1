import RedisClient

extension QueueScripts {
    /// Returns {ready, parked, delayed, leased, dead, done}, read in one step so the figures agree with each other.
    static let counts = script(
        """
        return {redis.call('ZCARD', K_READY), redis.call('ZCARD', K_PARKED), redis.call('ZCARD', K_DELAYED),
          redis.call('ZCARD', K_LEASED), redis.call('ZCARD', K_DEAD),
          tonumber(redis.call('GET', K_DONE) or '0')}
        """)

    /// ARGV: agency. Returns 1 when no job of that agency is ready, parked, delayed or leased: an agency's worker
    /// run with `--until-idle` is done then, whatever other agencies still have queued.
    static let idleForAgency = script(
        """
        local agency = ARGV[1]
        local all = redis.call('HGETALL', K_AGENCY)
        for i = 1, #all, 2 do
          if all[i + 1] == agency then
            local id = all[i]
            if redis.call('ZSCORE', K_READY, id) or redis.call('ZSCORE', K_PARKED, id)
              or redis.call('ZSCORE', K_DELAYED, id) or redis.call('ZSCORE', K_LEASED, id) then
              return 0
            end
          end
        end
        return 1
        """)

    /// Returns {id, expiry µs, job JSON, attempts, owner, …}, soonest expiry first.
    static let leases = script(
        """
        local leased = redis.call('ZRANGE', K_LEASED, 0, -1, 'WITHSCORES')
        local out = {}
        for i = 1, #leased, 2 do
          local id = leased[i]
          out[#out + 1] = id
          out[#out + 1] = tonumber(leased[i + 1])
          out[#out + 1] = redis.call('HGET', K_JOBS, id) or ''
          out[#out + 1] = tonumber(redis.call('HGET', K_ATTEMPTS, id) or '0')
          out[#out + 1] = redis.call('HGET', K_OWNERS, id) or ''
        end
        return out
        """)

    /// Returns {now µs, ready score µs of the longest-ready job or -1}.
    static let oldestWaiting = script(
        """
        local oldest = -1
        for _, key in ipairs({K_READY, K_PARKED}) do
          local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
          if #first == 2 then
            local at = tonumber(first[2])
            if oldest < 0 or at < oldest then oldest = at end
          end
        end
        return {now_us(), oldest}
        """)

    /// ARGV: limit. Returns {id, died µs, job JSON, attempts, info JSON, …}, newest first.
    static let deadLetters = script(
        """
        local dead = redis.call('ZREVRANGE', K_DEAD, 0, tonumber(ARGV[1]) - 1, 'WITHSCORES')
        local out = {}
        for i = 1, #dead, 2 do
          local id = dead[i]
          out[#out + 1] = id
          out[#out + 1] = tonumber(dead[i + 1])
          out[#out + 1] = redis.call('HGET', K_JOBS, id) or ''
          out[#out + 1] = tonumber(redis.call('HGET', K_ATTEMPTS, id) or '0')
          out[#out + 1] = redis.call('HGET', K_DEAD_INFO, id) or '{}'
        end
        return out
        """)

    /// ARGV: ids. Moves those that are dead back to waiting with no attempts made and a fresh enqueue score (an
    /// operator's retry is new work, and must not look days old to the waiting-age alarm). Returns the moved ids.
    static let retryDead = script(
        """
        local moved = {}
        local now = now_us()
        for _, id in ipairs(ARGV) do
          if redis.call('ZSCORE', K_DEAD, id) then
            redis.call('ZREM', K_DEAD, id)
            redis.call('HDEL', K_DEAD_INFO, id)
            redis.call('HDEL', K_ATTEMPTS, id)
            local key = coalesce_key(id)
            if key then redis.call('HSETNX', K_WAITING, key, id) end
            make_ready(id, next_enqueue_scores(now, 1))
            moved[#moved + 1] = id
          end
        end
        return moved
        """)

    /// ARGV: exclusive upper bound ('(' and µs), sweep limit. Returns how many dead jobs were deleted.
    static let purgeDead = script(
        """
        local old = redis.call('ZRANGEBYSCORE', K_DEAD, '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
        for _, id in ipairs(old) do
          redis.call('ZREM', K_DEAD, id)
          redis.call('HDEL', K_DEAD_INFO, id)
          forget(id)
        end
        return #old
        """)
}
