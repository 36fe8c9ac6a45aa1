import RedisClient

extension QueueScripts {
    /// KEYS: the fixed ones, then the dedupe key if any. ARGV: id, job JSON, coalesce key ('' for none), trigger,
    /// delay µs (0 for none), dedupe TTL ms, agency ('' for none). Returns {outcome, id}.
    ///
    /// The dedupe key also remembers a joined job, so the same request repeated later (a timer fired twice) is a
    /// duplicate of the job that stood for it, even once that job has left the waiting state.
    static let enqueue = script(
        """
        local id, body, ckey, trigger = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
        local delay, agency = tonumber(ARGV[5]), ARGV[7]
        local dedupe = KEYS[FIXED_KEYS + 1]
        if dedupe then
          local existing = redis.call('GET', dedupe)
          if existing then return {'duplicate', existing} end
        end
        local function remember(outcome, job)
          if dedupe then redis.call('SET', dedupe, job, 'PX', ARGV[6]) end
          return {outcome, job}
        end
        if ckey ~= '' then
          local waiting = redis.call('HGET', K_WAITING, ckey)
          if waiting then
            if is_waiting(waiting) then return remember('joined', waiting) end
            redis.call('HDEL', K_WAITING, ckey)
          end
          if trigger == 'manual' then
            local active = active_job(ckey)
            if active then return remember('joined', active) end
          end
        end
        if redis.call('HSETNX', K_JOBS, id, body) == 0 then return {'duplicate', id} end
        local now = now_us()
        if agency ~= '' then redis.call('HSET', K_AGENCY, id, agency) end
        if ckey ~= '' then
          redis.call('HSET', K_COALESCE_OF, id, ckey)
          redis.call('HSET', K_WAITING, ckey, id)
          coalescing = true
        end
        if delay > 0 then
          redis.call('ZADD', K_DELAYED, now + delay, id)
        else
          make_ready(id, next_enqueue_scores(now, 1))
        end
        return remember('enqueued', id)
        """)

    /// ARGV: id, job JSON, agency ('' for none), id, job JSON, agency, … Returns the ids already in the queue (left
    /// as they were).
    static let enqueueBatch = script(
        """
        local ids = {}
        for i = 1, #ARGV, 3 do ids[#ids + 1] = ARGV[i] end
        local existing = hmget_many(K_JOBS, ids)
        local score = next_enqueue_scores(now_us(), #ids)
        local bodies, ready, owned, skipped, seen = {}, {}, {}, {}, {}
        for k, id in ipairs(ids) do
          if existing[k] or seen[id] then
            skipped[#skipped + 1] = id
          else
            seen[id] = true
            bodies[#bodies + 1] = id
            bodies[#bodies + 1] = ARGV[3 * k - 1]
            local agency = ARGV[3 * k]
            if agency ~= '' then
              owned[#owned + 1] = id
              owned[#owned + 1] = agency
            end
            ready[#ready + 1] = score
            ready[#ready + 1] = id
            score = score + 1
          end
        end
        call_many('HSET', K_JOBS, bodies)
        call_many('HSET', K_AGENCY, owned)
        call_many('ZADD', K_READY, ready)
        return skipped
        """)
}
