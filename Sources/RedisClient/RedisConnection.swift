/// A connection to one Redis server that the job queue and rate limiter share between tasks.
///
/// hiredis's blocking calls run one at a time on the connection's own serial queue, off Swift's cooperative thread
/// pool; callers simply `await`. The connection heals itself: a context that hiredis marked dead, or an idle socket
/// the server has closed (e.g. after a restart), is replaced by a fresh connection, with AUTH and SELECT, before the
/// next command. A command whose connection breaks while in flight is not retried, because it may already have run.
public final class RedisConnection: Sendable {
    /// The server this connection talks to.
    public let url: RedisURL
    /// The bound on connecting, including AUTH and SELECT's round-trips.
    public let connectTimeout: Duration
    /// The bound on waiting for any reply; blocking commands (BLPOP) need a larger value than their own timeout.
    public let commandTimeout: Duration
    private let session: RedisSession

    private init(session: RedisSession) {
        self.session = session
        self.url = session.url
        self.connectTimeout = session.connectTimeout
        self.commandTimeout = session.commandTimeout
    }

    /// Connects, logs in (AUTH with the password, or user and password) and selects the URL's database.
    ///
    /// Throws `connectionFailed` when the server cannot be reached and `authenticationFailed` when it refuses the
    /// credentials.
    public static func connect(
        url: RedisURL, connectTimeout: Duration = .seconds(5), commandTimeout: Duration = .seconds(5)
    ) async throws -> RedisConnection {
        let session = RedisSession(url: url, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
        try await session.run { try $0.open() }
        return RedisConnection(session: session)
    }

    /// Parses `url` (see `RedisURL.init(_:)`) and connects.
    public static func connect(
        url: String, connectTimeout: Duration = .seconds(5), commandTimeout: Duration = .seconds(5)
    ) async throws -> RedisConnection {
        try await connect(url: RedisURL(url), connectTimeout: connectTimeout, commandTimeout: commandTimeout)
    }

    /// Sends one command given as its argument vector (binary-safe) and returns the reply.
    ///
    /// An error reply from the server is thrown as `serverError` carrying the server's message; errors nested in
    /// an array reply (e.g. inside EXEC's result) stay values.
    public func send(_ arguments: [RedisArgument]) async throws -> RedisReply {
        let reply = try await sendKeepingErrorReply(arguments)
        if case .error(let message) = reply {
            throw serverError(message, command: arguments)
        }
        return reply
    }

    /// Sends a command written as strings, e.g. `send("SET", key, value)`.
    public func send(_ command: String, _ arguments: String...) async throws -> RedisReply {
        try await send([RedisArgument(command)] + arguments.map { RedisArgument($0) })
    }

    /// Frees the hiredis context once commands already queued have finished; later calls throw `closed`.
    /// Calling it again does nothing.
    public func close() async {
        _ = try? await session.run { $0.close() }
    }

    /// Like `send`, but returns an error reply as `.error` (for EVALSHA's NOSCRIPT check).
    func sendKeepingErrorReply(_ arguments: [RedisArgument]) async throws -> RedisReply {
        try await session.run { try $0.execute(arguments) }
    }

    /// Pipelines several commands through the session.
    func sendPipeline(_ commands: [[RedisArgument]]) async throws -> [RedisReply] {
        try await session.run { try $0.executePipeline(commands) }
    }

    /// The `serverError` for an error reply, naming only the command.
    func serverError(_ message: String, command arguments: [RedisArgument]) -> RedisError {
        let name = arguments.first.map { String(decoding: $0.bytes.prefix(32), as: UTF8.self).uppercased() }
        let code: RedisError.Code =
            message.hasPrefix("NOAUTH") || message.hasPrefix("WRONGPASS") ? .authenticationFailed : .serverError
        return RedisError(
            code: code, message: "the server returned an error", serverMessage: message, command: name,
            endpoint: url.description)
    }
}
