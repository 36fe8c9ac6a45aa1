import RedisClient

/// Where the queue keeps its state under one namespace. Every script gets the fixed keys as `KEYS` in this order
/// (plus a dedupe key for enqueue), so no script builds a key name itself and the layout is written down once.
///
/// Per-job data lives in hashes keyed by job id rather than in one key per job: a transition touches a few fields
/// of known keys, and deleting a namespace is a handful of DELs.
struct QueueKeys: Sendable {
    let namespace: String

    /// id → the job as JSON (its `attempt` field is stale; `attempts` is authoritative).
    var jobs: String { namespace + ":jobs" }
    /// id → attempts made so far (absent means 0).
    var attempts: String { namespace + ":attempts" }
    /// Sorted set of leasable ids, scored by when each became ready (µs; its enqueue time, or its retry's due
    /// time): the longest-waiting job is leased first. A lease keeps the score, so a job coming back from a lease
    /// (released, or expired) takes its old place.
    var ready: String { namespace + ":ready" }
    /// Sorted set of ready ids held back because their coalesce key has an active job, scored like `ready`.
    var parked: String { namespace + ":parked" }
    /// Sorted set of ids waiting for a due time (µs).
    var delayed: String { namespace + ":delayed" }
    /// Sorted set of leased ids, scored by lease expiry (µs).
    var leased: String { namespace + ":leased" }
    /// id → "token TAB ready-score TAB host TAB pid TAB instance" of the current lease.
    var owners: String { namespace + ":owners" }
    /// id → its coalesce key, for jobs enqueued with one.
    var coalesceOf: String { namespace + ":coalesce:of" }
    /// coalesce key → the id of its waiting (ready, parked or delayed) job.
    var coalesceWaiting: String { namespace + ":coalesce:waiting" }
    /// coalesce key → the id of its leased job.
    var coalesceActive: String { namespace + ":coalesce:active" }
    /// Sorted set of dead-lettered ids, scored by the time they died (µs).
    var dead: String { namespace + ":dead" }
    /// id → {"error":…, "digest":…} of a dead job.
    var deadInfo: String { namespace + ":dead:info" }
    /// Counter of completed jobs.
    var doneCount: String { namespace + ":done" }
    /// Counter behind lease tokens.
    var leaseSequence: String { namespace + ":lease-seq" }
    /// The last enqueue score handed out, which keeps enqueue scores strictly increasing.
    var lastEnqueue: String { namespace + ":last-enqueue" }
    /// id → its agency, for jobs that have one: an agency-filtered lease reads this instead of decoding every
    /// ready job's JSON. Written at enqueue and kept until the job's data is deleted, so a job coming back to ready
    /// (retried, released, reclaimed, parked) is still found.
    var agency: String { namespace + ":agency" }

    /// The key remembering a dedupe key (with a TTL); outside the fixed set because there is one per dedupe key.
    func dedupe(_ key: String) -> String { namespace + ":dedupe:" + key }

    /// The fixed keys in the order the scripts' prelude names them.
    var fixed: [RedisArgument] {
        [
            jobs, attempts, ready, parked, delayed, leased, owners, coalesceOf, coalesceWaiting,
            coalesceActive, dead, deadInfo, doneCount, leaseSequence, lastEnqueue, agency,
        ].map { RedisArgument($0) }
    }

    /// A SCAN pattern matching every key of the namespace, glob characters in the namespace escaped.
    var everyKeyPattern: String {
        var escaped = ""
        for character in namespace {
            if "*?[]\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + ":*"
    }
}
