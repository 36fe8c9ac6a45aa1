extension PostgresConnection {
    /// Runs `body` inside BEGIN … COMMIT; any error thrown by `body` (or by COMMIT) rolls the transaction back and
    /// is rethrown. `SET LOCAL` inside `body` is the way to change settings: they end with the transaction.
    /// - Parameter isolation: e.g. `"SERIALIZABLE"`; the server default (READ COMMITTED) when nil.
    public func transaction<Result>(
        isolation: TransactionIsolation? = nil, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let begin = isolation.map { "BEGIN ISOLATION LEVEL \($0.rawValue)" } ?? "BEGIN"
        try await query(PostgresQuery(unsafeSQL: begin))
        let result: Result
        do {
            result = try await body(self)
        } catch {
            _ = try? await query("ROLLBACK")
            throw error
        }
        let commit: PostgresRows
        do {
            commit = try await query("COMMIT")
        } catch {
            _ = try? await query("ROLLBACK")
            throw error
        }
        // A transaction in which a statement failed (and the error was swallowed) answers COMMIT with ROLLBACK.
        guard commit.commandTag == "COMMIT" else {
            throw PostgresError(
                code: .server, message: "transaction was rolled back: a statement inside it failed",
                query: "COMMIT", target: target)
        }
        return result
    }

    /// Runs `body` in a transaction that is committed, or, for a dry run, rolled back however `body` ends: a dry
    /// run does all the work and reports what it would do, and leaves nothing behind.
    public func transaction<Result>(
        rollingBack: Bool, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        guard rollingBack else { return try await transaction(body) }
        try await query("BEGIN")
        do {
            let result = try await body(self)
            try await query("ROLLBACK")
            return result
        } catch {
            _ = try? await query("ROLLBACK")
            throw error
        }
    }
}

/// Transaction isolation levels.
public enum TransactionIsolation: String, Sendable {
    case readCommitted = "READ COMMITTED"
    case repeatableRead = "REPEATABLE READ"
    case serializable = "SERIALIZABLE"
}
