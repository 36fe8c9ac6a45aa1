/// A Lua script identified by the SHA-1 of its source, so it can be run with EVALSHA (the body is sent only when
/// the server has not cached it yet) and kept as a `static let` next to the code that uses it.
public struct RedisScript: Sendable, Hashable {
    /// The Lua source, as sent by SCRIPT LOAD.
    public let source: String
    /// The lowercase hex SHA-1 of `source`, the name Redis gives the script.
    public let sha1: String

    /// Wraps the source and computes its SHA-1 once.
    public init(_ source: String) {
        self.source = source
        self.sha1 = SHA1.hexDigest(of: Array(source.utf8))
    }
}
