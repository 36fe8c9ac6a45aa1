import Parse
import PostgresClient

/// Further connections for a store of many batches (a replay, a first crawl of a large source), which then writes
/// several batches at once, one per connection. One backend spends most of a fresh batch's time on work a second
/// one can do beside it (COPY parsing, index inserts, lookups), and the merge locks already make concurrent batches
/// safe: they are what two workers storing at once rely on. The store opens the extra connections only when it has
/// more than one batch, and closes them when it is done.
public struct StoreLanes: Sendable {
    /// Connections written on at once, the store's own included.
    public let count: Int
    let open: @Sendable () async throws -> PostgresConnection

    /// `open` makes one more connection to the store's database (the same `search_path`, the same role).
    public init(count: Int, open: @escaping @Sendable () async throws -> PostgresConnection) {
        precondition(count >= 1, "a store writes on at least its own connection")
        self.count = count
        self.open = open
    }
}

extension ProgramStore {
    /// Each batch committed in a transaction of its own. With lanes, batch i goes to lane i mod n and the lanes run
    /// at once, each preparing its next batch while one is in the database; what each batch did, in batch order.
    func committing(_ batches: [[Program]], runID: Int64?) async throws -> [Outcome] {
        let count = min(lanes?.count ?? 1, batches.count)
        guard count > 1, let lanes else {
            return try await Self.pipeline(batches) { try await committing($0, on: connection, runID: runID) }
        }
        var extra: [PostgresConnection] = []
        do {
            for _ in 1..<count { extra.append(try await lanes.open()) }
            let connections = [connection] + extra
            let outcomes = try await withThrowingTaskGroup(of: [(Int, Outcome)].self) { group in
                for (lane, db) in connections.enumerated() {
                    let indices = Array(stride(from: lane, to: batches.count, by: count))
                    group.addTask {
                        let written = try await Self.pipeline(indices.map { batches[$0] }) {
                            try await committing($0, on: db, runID: runID)
                        }
                        return Array(zip(indices, written))
                    }
                }
                var outcomes = [Outcome](repeating: Outcome(), count: batches.count)
                for try await lane in group {
                    for (index, outcome) in lane { outcomes[index] = outcome }
                }
                return outcomes
            }
            for db in extra { await db.close() }
            return outcomes
        } catch {
            for db in extra { await db.close() }
            throw error
        }
    }

    /// One batch in one transaction on `db`, run again (at most three times in all) when it lost a race with a
    /// concurrent store: a deadlock, or a source row another transaction inserted after this one found the sighting
    /// new (the unique key waits for that transaction, then fails). The batch rolled back whole; run again, it finds
    /// the other's rows committed and known.
    private func committing(_ batch: PreparedBatch, on db: PostgresConnection, runID: Int64?) async throws -> Outcome {
        var attempt = 1
        while true {
            do {
                return try await db.transaction { db in
                    try await ProgramStore(connection: db).inTransaction(batch, runID: runID, locking: true)
                }
            } catch let error as PostgresError where attempt < 3 && Self.lostRace.contains(error.sqlState ?? "") {
                attempt += 1
            }
        }
    }

    /// Deadlock detected, serialization failure, unique violation.
    private static let lostRace: Set<String> = ["40P01", "40001", "23505"]
}
