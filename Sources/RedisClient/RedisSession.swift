import Dispatch

/// The state behind one `RedisConnection`: its hiredis context, the reconnect rules, and the serial queue on which
/// every blocking hiredis call runs (never on Swift's cooperative thread pool).
///
/// `@unchecked Sendable` is safe because `context` and `isClosed` are read and written only inside blocks submitted
/// to `queue`, which is serial: no two threads ever touch the `redisContext` at once. The remaining properties are
/// immutable `Sendable` values.
final class RedisSession: @unchecked Sendable {
    let url: RedisURL
    let connectTimeout: Duration
    let commandTimeout: Duration
    private let queue: DispatchQueue
    private var context: HiredisContext?
    private var isClosed = false

    init(url: RedisURL, connectTimeout: Duration, commandTimeout: Duration) {
        self.url = url
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.queue = DispatchQueue(label: "connect-ingest.redis.\(url.hostAndPort)")
    }

    /// Runs `body` on the session's queue and resumes the caller with its result.
    func run<Value: Sendable>(_ body: @escaping @Sendable (RedisSession) throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try body(self) })
            }
        }
    }

    /// Opens the connection now, so `RedisConnection.connect` reports a bad address or password at once.
    func open() throws {
        _ = try liveContext(command: nil)
    }

    /// Sends one command; an error reply is returned as `.error`, not thrown.
    func execute(_ arguments: [RedisArgument]) throws -> RedisReply {
        let name = try Self.commandName(arguments)
        let context = try liveContext(command: name)
        do {
            return try context.command(arguments)
        } catch {
            if context.isBroken { self.context = nil }
            throw redisError(error, command: name)
        }
    }

    /// Sends all commands in one write and reads one reply per command, in order.
    func executePipeline(_ commands: [[RedisArgument]]) throws -> [RedisReply] {
        guard !commands.isEmpty else { return [] }
        let names = try commands.map(Self.commandName)
        let context = try liveContext(command: names[0])
        var replies: [RedisReply] = []
        replies.reserveCapacity(commands.count)
        var index = 0
        do {
            for command in commands { try context.append(command) }
            while index < commands.count {
                replies.append(try context.nextReply())
                index += 1
            }
            return replies
        } catch {
            // Unread replies would answer the next caller's commands, so the context goes whatever the cause.
            self.context = nil
            throw redisError(error, command: names[min(index, names.count - 1)])
        }
    }

    /// Frees the context and refuses later commands; safe to call more than once.
    func close() {
        dispatchPrecondition(condition: .onQueue(queue))
        isClosed = true
        context = nil
    }

    /// The current context if it can still carry a command, otherwise a freshly opened one.
    private func liveContext(command: String?) throws -> HiredisContext {
        dispatchPrecondition(condition: .onQueue(queue))
        guard !isClosed else {
            throw RedisError(code: .closed, message: "the connection was closed", command: command, endpoint: endpoint)
        }
        if let context, !context.isBroken, !SocketProbe.isUnusable(context.fileDescriptor) {
            return context
        }
        context = nil
        let fresh = try connect(command: command)
        context = fresh
        return fresh
    }

    /// Connects, sets timeouts and keep-alive, then AUTH and SELECT as the URL asks.
    private func connect(command: String?) throws -> HiredisContext {
        func failed(_ message: String, hiredis: String? = nil, server: String? = nil) -> RedisError {
            RedisError(
                code: .connectionFailed, message: message, serverMessage: server, hiredisMessage: hiredis,
                command: command, endpoint: endpoint)
        }
        let context: HiredisContext
        do {
            context = try HiredisContext.connect(host: url.host, port: url.port, timeout: connectTimeout)
            BrokenPipeSignal.disable(onSocket: context.fileDescriptor)
            try context.setCommandTimeout(commandTimeout)
            try context.enableKeepAlive()
        } catch {
            throw failed("could not connect to \(url.hostAndPort)", hiredis: error.message)
        }
        if let password = url.password {
            let arguments: [RedisArgument] =
                url.user.map { ["AUTH", .init($0), .init(password)] } ?? ["AUTH", .init(password)]
            let reply: RedisReply
            do { reply = try context.command(arguments) } catch {
                throw failed("AUTH got no reply", hiredis: error.message)
            }
            if case .error(let message) = reply {
                throw RedisError(
                    code: .authenticationFailed, message: "the server refused the credentials", serverMessage: message,
                    command: command, endpoint: endpoint)
            }
        }
        if url.database != 0 {
            let reply: RedisReply
            do { reply = try context.command(["SELECT", .init(url.database)]) } catch {
                throw failed("SELECT got no reply", hiredis: error.message)
            }
            if case .error(let message) = reply {
                if message.hasPrefix("NOAUTH") {
                    throw RedisError(
                        code: .authenticationFailed, message: "the server wants a password", serverMessage: message,
                        command: command, endpoint: endpoint)
                }
                throw failed("could not select database \(url.database)", server: message)
            }
        }
        return context
    }

    private var endpoint: String { url.description }

    private func redisError(_ failure: HiredisFailure, command: String) -> RedisError {
        let code: RedisError.Code
        let message: String
        switch failure.kind {
        case .io where failure.isTimeout:
            (code, message) = (.timeout, "no reply within the command timeout (\(commandTimeout))")
        case .protocolViolation, .replyTooDeep:
            (code, message) = (.protocolError, "the reply could not be read")
        case .io, .endOfFile, .other:
            (code, message) = (.connectionLost, "the connection broke while the command was in flight")
        }
        return RedisError(
            code: code, message: message, hiredisMessage: failure.message, command: command, endpoint: endpoint)
    }

    /// The first argument, for error messages: the command's name, never one of its values.
    private static func commandName(_ arguments: [RedisArgument]) throws -> String {
        guard let first = arguments.first else {
            throw RedisError(code: .invalidCommand, message: "a command needs at least its name")
        }
        return String(decoding: first.bytes.prefix(32), as: UTF8.self).uppercased()
    }
}
