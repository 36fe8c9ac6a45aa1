/// A server reply copied out of hiredis into Swift values, so nothing refers to C memory once a call returns.
///
/// RESP2 has a null bulk string and a null array; hiredis 0.14 reports both as one NIL type, so both are `.null`.
public enum RedisReply: Sendable, Hashable {
    /// A simple status line such as `OK` or `QUEUED`.
    case status(String)
    /// An error reply such as `ERR unknown command`; `send` throws these, pipelines and arrays keep them as values.
    case error(String)
    /// An integer reply (INCR, LPUSH, EXISTS, …).
    case integer(Int64)
    /// A bulk string, byte for byte.
    case bulk([UInt8])
    /// A multi-bulk reply (LRANGE, EXEC, script tables).
    case array([RedisReply])
    /// A null bulk string or null array (a missing key, a BLPOP that timed out).
    case null

    /// The text of a status or bulk reply, or nil when it is another kind or a bulk that is not valid UTF-8.
    public var string: String? {
        switch self {
        case .status(let text): return text
        case .bulk(let bytes):
            let text = String(decoding: bytes, as: UTF8.self)
            return text.utf8.elementsEqual(bytes) ? text : nil
        default: return nil
        }
    }

    /// The bytes of a bulk reply.
    public var bytes: [UInt8]? {
        if case .bulk(let bytes) = self { return bytes }
        return nil
    }

    /// An integer reply, or a bulk/status holding a decimal integer (what GET returns for a counter).
    public var int: Int64? {
        switch self {
        case .integer(let value): return value
        case .bulk, .status: return string.flatMap { Int64($0) }
        default: return nil
        }
    }

    /// The elements of an array reply.
    public var array: [RedisReply]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The message of an error reply.
    public var errorMessage: String? {
        if case .error(let message) = self { return message }
        return nil
    }

    /// True for a null bulk or null array.
    public var isNull: Bool {
        self == .null
    }

    /// Throws unless the reply is the status `OK`, for commands (SET, SELECT, …) whose only useful answer is success.
    public func expectOK() throws {
        guard self != .status("OK") else { return }
        if case .error(let message) = self {
            throw RedisError(code: .serverError, message: "expected OK", serverMessage: message)
        }
        throw RedisError(code: .protocolError, message: "expected the status OK, got a \(kindName) reply")
    }

    /// The RESP kind, for messages that must not print reply contents.
    var kindName: String {
        switch self {
        case .status: return "status"
        case .error: return "error"
        case .integer: return "integer"
        case .bulk: return "bulk string"
        case .array: return "array"
        case .null: return "null"
        }
    }
}
