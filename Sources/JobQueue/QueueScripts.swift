import RedisClient

/// The Lua scripts behind every state change: each transition is one script, so it is atomic on the server and a
/// worker dying between two commands cannot leave a job half-moved (in two states, or in none).
///
/// Conventions the scripts share: every time is in microseconds of the Redis server's clock (`TIME`), so due times
/// and lease expiries mean the same to hosts whose clocks disagree; numbers that reach Lua string concatenation are
/// small (tokens, counts), because Lua prints larger ones with 14 significant digits (a score kept in a lease's owner
/// field is the string Redis returned, never a Lua number).
enum QueueScripts {
    /// Names the fixed keys (`QueueKeys.fixed`) and the helpers every transition uses.
    static let prelude = """
        local K_JOBS, K_ATTEMPTS, K_READY, K_PARKED = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
        local K_DELAYED, K_LEASED, K_OWNERS, K_COALESCE_OF = KEYS[5], KEYS[6], KEYS[7], KEYS[8]
        local K_WAITING, K_ACTIVE, K_DEAD, K_DEAD_INFO = KEYS[9], KEYS[10], KEYS[11], KEYS[12]
        local K_DONE, K_LEASE_SEQ, K_LAST_ENQUEUE, K_AGENCY = KEYS[13], KEYS[14], KEYS[15], KEYS[16]
        local FIXED_KEYS = 16

        local function now_us()
          local t = redis.call('TIME')
          return tonumber(t[1]) * 1000000 + tonumber(t[2])
        end

        -- Enqueue scores strictly increase, so the ready order is the enqueue order even within one microsecond
        -- or after the server's clock stepped back.
        local function next_enqueue_scores(now, count)
          local last = tonumber(redis.call('GET', K_LAST_ENQUEUE) or '0')
          local first = math.max(now, last + 1)
          redis.call('SET', K_LAST_ENQUEUE, first + count - 1)
          return first
        end

        -- Variadic commands over many ids in slices of 1000 arguments (pairs stay together), so a batch costs a few
        -- calls instead of a few per job, and no call passes more arguments than Lua's stack holds.
        local function call_many(command, key, args)
          for i = 1, #args, 1000 do
            redis.call(command, key, unpack(args, i, math.min(i + 999, #args)))
          end
        end

        local function hmget_many(key, ids)
          local values = {}
          for i = 1, #ids, 1000 do
            local part = redis.call('HMGET', key, unpack(ids, i, math.min(i + 999, #ids)))
            for k = 1, #part do values[#values + 1] = part[k] end
          end
          return values
        end

        -- Whether any job has a coalesce key: when none has (bulk detail and match jobs), the per-job coalesce
        -- lookups are skipped. Whoever adds a coalesce key sets it.
        local coalescing = nil
        local function any_coalescing()
          if coalescing == nil then coalescing = redis.call('EXISTS', K_COALESCE_OF) == 1 end
          return coalescing
        end

        -- Whether any job has an agency record: when none has (no-op and shared-source jobs), deleting records and
        -- walking ready for an agency are skipped.
        local agencies = nil
        local function any_agency()
          if agencies == nil then agencies = redis.call('EXISTS', K_AGENCY) == 1 end
          return agencies
        end

        local function coalesce_key(id)
          if not any_coalescing() then return nil end
          return redis.call('HGET', K_COALESCE_OF, id)
        end

        local function active_job(key)
          local active = redis.call('HGET', K_ACTIVE, key)
          if active and redis.call('ZSCORE', K_LEASED, active) then return active end
          return nil
        end

        local function is_waiting(id)
          return redis.call('ZSCORE', K_READY, id) or redis.call('ZSCORE', K_PARKED, id)
            or redis.call('ZSCORE', K_DELAYED, id)
        end

        -- Ready to lease at `score`; parked instead while another job of its coalesce key is active.
        local function make_ready(id, score)
          local key = coalesce_key(id)
          if key and active_job(key) then
            redis.call('ZADD', K_PARKED, score, id)
          else
            redis.call('ZADD', K_READY, score, id)
          end
        end

        -- A job stops being active (finished, failed, released or expired): its coalesce key's parked jobs become
        -- leasable; a job going back to wait becomes the key's waiting job unless the key has one.
        local function leave_active(id, requeued)
          local key = coalesce_key(id)
          if not key then return end
          if redis.call('HGET', K_ACTIVE, key) == id then
            redis.call('HDEL', K_ACTIVE, key)
            if redis.call('ZCARD', K_PARKED) > 0 then
              local parked = redis.call('ZRANGE', K_PARKED, 0, -1, 'WITHSCORES')
              for i = 1, #parked, 2 do
                if redis.call('HGET', K_COALESCE_OF, parked[i]) == key then
                  redis.call('ZREM', K_PARKED, parked[i])
                  redis.call('ZADD', K_READY, parked[i + 1], parked[i])
                end
              end
            end
          end
          if requeued then redis.call('HSETNX', K_WAITING, key, id) end
        end

        local function forget(id)
          redis.call('HDEL', K_JOBS, id)
          redis.call('HDEL', K_ATTEMPTS, id)
          if any_coalescing() then redis.call('HDEL', K_COALESCE_OF, id) end
          if any_agency() then redis.call('HDEL', K_AGENCY, id) end
        end

        local function bury(id, err, digest, now)
          local info = {error = err}
          if digest and digest ~= '' then info.digest = digest end
          redis.call('ZADD', K_DEAD, now, id)
          redis.call('HSET', K_DEAD_INFO, id, cjson.encode(info))
        end

        -- The current lease's owner field split in two: its token, and the ready score the job had when leased.
        local function lease_of(id)
          local owner = redis.call('HGET', K_OWNERS, id)
          if not owner then return nil, nil end
          local token, score = string.match(owner, '^([^\t]*)\t([^\t]*)\t')
          return token, score
        end

        local function owns(id, token)
          local held = lease_of(id)
          return held ~= nil and held == token
        end

        local function drop_lease(id)
          redis.call('ZREM', K_LEASED, id)
          redis.call('HDEL', K_OWNERS, id)
        end

        local function promote_due(now, cap)
          local due = redis.call('ZRANGEBYSCORE', K_DELAYED, '-inf', now, 'WITHSCORES', 'LIMIT', 0, cap)
          for i = 1, #due, 2 do
            redis.call('ZREM', K_DELAYED, due[i])
            make_ready(due[i], due[i + 1])
          end
        end

        -- An expired lease counts as an attempt: the job may be what kills its workers, and must not do so forever.
        local function reclaim_expired(now, max_attempts, cap)
          local expired = redis.call('ZRANGEBYSCORE', K_LEASED, '-inf', now, 'LIMIT', 0, cap)
          for _, id in ipairs(expired) do
            local _, score = lease_of(id)
            drop_lease(id)
            local attempts = redis.call('HINCRBY', K_ATTEMPTS, id, 1)
            if attempts >= max_attempts then
              leave_active(id, false)
              bury(id, 'lease expired', nil, now)
            else
              leave_active(id, true)
              make_ready(id, score or now)
            end
          end
          return #expired
        end

        """

    /// Builds a script from the prelude and a body.
    static func script(_ body: String) -> RedisScript {
        RedisScript(prelude + body)
    }

    /// How many delayed jobs or expired leases one script moves at most, so no call blocks Redis for long; the next
    /// call moves the rest.
    static let sweepLimit = 1000

    /// How many ready ids an agency-filtered lease looks at per call, so a queue full of other agencies' jobs does
    /// not hold Redis up; a match further back waits until the jobs ahead of it are leased by others.
    static let agencyScanLimit = 5000
}
