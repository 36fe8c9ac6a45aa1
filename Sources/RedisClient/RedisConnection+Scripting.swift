extension RedisConnection {
    /// Runs a Lua script atomically on the server by its SHA-1 (EVALSHA), loading it once when the server's script
    /// cache does not have it (after a restart or SCRIPT FLUSH).
    ///
    /// An error raised by the script is thrown as `serverError`.
    public func evaluate(
        _ script: RedisScript, keys: [RedisArgument] = [], arguments: [RedisArgument] = []
    ) async throws -> RedisReply {
        let command: [RedisArgument] = ["EVALSHA", .init(script.sha1), .init(keys.count)] + keys + arguments
        var reply = try await sendKeepingErrorReply(command)
        if case .error(let message) = reply, message.hasPrefix("NOSCRIPT") {
            _ = try await loadScript(script)
            reply = try await sendKeepingErrorReply(command)
        }
        if case .error(let message) = reply {
            throw serverError(message, command: command)
        }
        return reply
    }

    /// Puts the script into the server's cache (SCRIPT LOAD) and returns its SHA-1.
    @discardableResult
    public func loadScript(_ script: RedisScript) async throws -> String {
        let reply = try await send(["SCRIPT", "LOAD", .init(script.source)])
        guard let sha = reply.string else {
            throw RedisError(
                code: .protocolError, message: "SCRIPT LOAD returned a \(reply.kindName) reply", command: "SCRIPT",
                endpoint: url.description)
        }
        guard sha.lowercased() == script.sha1 else {
            throw RedisError(
                code: .protocolError, message: "SCRIPT LOAD named the script \(sha), expected \(script.sha1)",
                command: "SCRIPT", endpoint: url.description)
        }
        return sha
    }
}
