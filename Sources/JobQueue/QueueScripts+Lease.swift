import RedisClient

extension QueueScripts {
    /// ARGV: limit, lease µs, worker ("host TAB pid TAB instance"), max attempts, sweep limit.
    /// Returns {expiry µs, id, job JSON, attempts, token, …}.
    static let lease = leaseScript(
        """
        while leased < limit do
          local popped = redis.call('ZPOPMIN', K_READY, limit - leased)
          if #popped == 0 then break end
          take(popped)
        end
        return out
        """)

    /// ARGV: as `lease`, then agency, scan limit. Returns as `lease`.
    ///
    /// Walks ready in order a page at a time and takes only the agency's ids out, so every other job keeps its place
    /// (and its score, which is its place for the unfiltered workers too). The walk is bounded by the scan limit:
    /// past it, the call returns what it found and the rest waits for the next one.
    static let leaseForAgency = leaseScript(
        """
        local agency, budget = ARGV[6], tonumber(ARGV[7])
        -- Where the walk is in ready: ids before it stay there, so taking some out moves it back by as many.
        local offset = 0
        if any_agency() then
          while leased < limit and budget > 0 do
            local size = math.min(budget, 1000)
            -- Ids only: the scores of the few taken are read after, as formatting every score costs more than the
            -- agency lookup.
            local ids = redis.call('ZRANGE', K_READY, offset, offset + size - 1)
            if #ids == 0 then break end
            local recorded = redis.call('HMGET', K_AGENCY, unpack(ids))
            local wanted, taken, examined = limit - leased, {}, 0
            for k = 1, #ids do
              examined = k
              if recorded[k] == agency then
                taken[#taken + 1] = ids[k]
                if #taken == wanted then break end
              end
            end
            budget = budget - examined
            if #taken > 0 then
              local picked = {}
              for _, id in ipairs(taken) do
                picked[#picked + 1] = id
                picked[#picked + 1] = redis.call('ZSCORE', K_READY, id)
              end
              call_many('ZREM', K_READY, taken)
              take(picked)
            end
            offset = offset + examined - #taken
            if examined == #ids and #ids < size then break end
          end
        end
        return out
        """)

    /// The start every lease script shares, then `body`: the lease call's state, and `take`, which leases ids
    /// already taken out of ready. One copy, so the filtered lease cannot drift from the unfiltered one.
    ///
    /// Due delayed jobs and expired leases are moved first, so a queue whose only caller is its workers still
    /// retries and reclaims without a separate reaper.
    private static func leaseScript(_ body: String) -> RedisScript {
        script(
            """
            local limit, lease_us, worker = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
            local now = now_us()
            promote_due(now, tonumber(ARGV[5]))
            reclaim_expired(now, tonumber(ARGV[4]), tonumber(ARGV[5]))
            local expires = now + lease_us
            local out = {expires}
            local leased = 0
            local next_token = nil
            -- Keys made active by this call: their jobs are only added to the leased set after each batch.
            local activated = {}

            -- Leases `popped` ({id, score, …}, oldest first, already out of ready) to the worker; a job whose coalesce
            -- key is active is parked instead and does not count towards the limit.
            local function take(popped)
              -- Tokens for the whole call in one write; unused ones are simply skipped.
              if not next_token then next_token = redis.call('INCRBY', K_LEASE_SEQ, limit) - limit + 1 end
              local ids, scores = {}, {}
              for i = 1, #popped, 2 do
                local id, score = popped[i], popped[i + 1]
                local key = coalesce_key(id)
                if key and (activated[key] or active_job(key)) then
                  redis.call('ZADD', K_PARKED, score, id)
                else
                  if key then
                    activated[key] = true
                    redis.call('HSET', K_ACTIVE, key, id)
                    if redis.call('HGET', K_WAITING, key) == id then redis.call('HDEL', K_WAITING, key) end
                  end
                  ids[#ids + 1] = id
                  scores[#scores + 1] = score
                end
              end
              if #ids == 0 then return end
              local bodies = hmget_many(K_JOBS, ids)
              local attempts = hmget_many(K_ATTEMPTS, ids)
              local expiries, owners = {}, {}
              for k, id in ipairs(ids) do
                local token = next_token
                next_token = next_token + 1
                expiries[#expiries + 1] = expires
                expiries[#expiries + 1] = id
                owners[#owners + 1] = id
                owners[#owners + 1] = token .. '\\t' .. scores[k] .. '\\t' .. worker
                out[#out + 1] = id
                out[#out + 1] = bodies[k] or ''
                out[#out + 1] = tonumber(attempts[k] or '0')
                out[#out + 1] = token
              end
              call_many('ZADD', K_LEASED, expiries)
              call_many('HSET', K_OWNERS, owners)
              leased = leased + #ids
            end

            """ + body)
    }

    /// ARGV: lease µs, then id, token pairs. Returns {expiry µs, lost id, …}.
    ///
    /// A lease that ran out but was not reclaimed yet is still renewed: nobody else has the job, so keeping it is
    /// better than a needless second delivery.
    static let renew = script(
        """
        local expires = now_us() + tonumber(ARGV[1])
        local out = {expires}
        for i = 2, #ARGV, 2 do
          local id = ARGV[i]
          if owns(id, ARGV[i + 1]) and redis.call('ZSCORE', K_LEASED, id) then
            redis.call('ZADD', K_LEASED, 'XX', expires, id)
          else
            out[#out + 1] = id
          end
        end
        return out
        """)

    /// ARGV: id, token pairs. Returns the ids whose lease was lost (those jobs are left alone).
    static let complete = script(
        """
        local ids = {}
        for i = 1, #ARGV, 2 do ids[#ids + 1] = ARGV[i] end
        local owners = hmget_many(K_OWNERS, ids)
        local done, lost, seen = {}, {}, {}
        for k, id in ipairs(ids) do
          local token = ARGV[2 * k]
          local owner = owners[k]
          if owner and not seen[id] and string.sub(owner, 1, #token + 1) == token .. '\\t' then
            seen[id] = true
            done[#done + 1] = id
          elseif not seen[id] then
            lost[#lost + 1] = id
          end
        end
        if #done > 0 then
          call_many('ZREM', K_LEASED, done)
          call_many('HDEL', K_OWNERS, done)
          if any_coalescing() then
            for _, id in ipairs(done) do leave_active(id, false) end
            call_many('HDEL', K_COALESCE_OF, done)
          end
          if any_agency() then call_many('HDEL', K_AGENCY, done) end
          call_many('HDEL', K_JOBS, done)
          call_many('HDEL', K_ATTEMPTS, done)
          redis.call('INCRBY', K_DONE, #done)
        end
        return lost
        """)

    /// ARGV: id, token, 'retry' or 'dead', delay µs, error, digest ('' for none).
    /// Returns {'retry', due µs}, {'dead'} or {'lost'}.
    static let fail = script(
        """
        local id, token, decision, delay = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
        if not owns(id, token) then return {'lost'} end
        local now = now_us()
        drop_lease(id)
        redis.call('HINCRBY', K_ATTEMPTS, id, 1)
        if decision == 'retry' then
          leave_active(id, true)
          redis.call('ZADD', K_DELAYED, now + delay, id)
          return {'retry', now + delay}
        end
        leave_active(id, false)
        bury(id, ARGV[5], ARGV[6], now)
        return {'dead'}
        """)

    /// ARGV: id, token pairs. Returns the ids whose lease was lost. A released job takes its old place in the ready
    /// order: it was next before it was leased.
    static let release = script(
        """
        local lost = {}
        for i = 1, #ARGV, 2 do
          local id = ARGV[i]
          local held, score = lease_of(id)
          if held == ARGV[i + 1] then
            drop_lease(id)
            leave_active(id, true)
            make_ready(id, score)
          else
            lost[#lost + 1] = id
          end
        end
        return lost
        """)

    /// ARGV: max attempts, sweep limit. Returns how many expired leases were reclaimed.
    static let reclaim = script(
        """
        return reclaim_expired(now_us(), tonumber(ARGV[1]), tonumber(ARGV[2]))
        """)
}
