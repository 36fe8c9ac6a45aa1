extension RedisConnection {
    /// Sends all commands in one write and returns their replies in order, saving a round-trip per command.
    ///
    /// A command the server rejects comes back as `.error` in its slot and the others still run; a broken
    /// connection or a timeout throws, and the connection is replaced on the next call.
    public func pipeline(_ commands: [[RedisArgument]]) async throws -> [RedisReply] {
        try await sendPipeline(commands)
    }
}
