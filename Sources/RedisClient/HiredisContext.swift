import CHiredis

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a hiredis call failed, in hiredis's terms; `RedisSession` turns it into a `RedisError` with our context.
struct HiredisFailure: Error {
    enum Kind {
        /// `REDIS_ERR_IO`: a socket error; `isTimeout` tells a read/write timeout apart.
        case io
        /// `REDIS_ERR_EOF`: the server closed the connection.
        case endOfFile
        /// `REDIS_ERR_PROTOCOL`: bytes that are not RESP2 (or nested deeper than hiredis 0.14 can read).
        case protocolViolation
        /// `REDIS_ERR_OOM` or `REDIS_ERR_OTHER`.
        case other
        /// A reply tree deeper than `HiredisContext.maximumReplyDepth`; the connection itself is fine.
        case replyTooDeep
    }
    let kind: Kind
    let message: String
    let isTimeout: Bool
}

/// The one `redisContext *` of a connection and every hiredis call made on it: the only Swift code that touches
/// hiredis. It has one owner (`RedisSession`, on its serial queue), and `deinit` frees the context, which is safe
/// because hiredis's synchronous API registers no callbacks that could still fire.
final class HiredisContext {
    /// Deeper replies are refused rather than copied by recursion (hiredis 0.14 itself stops at 7 levels).
    static let maximumReplyDepth = 128

    private let raw: UnsafeMutablePointer<redisContext>

    private init(_ raw: UnsafeMutablePointer<redisContext>) {
        self.raw = raw
    }

    deinit {
        redisFree(raw)
    }

    /// Opens a blocking TCP connection (`redisConnectWithTimeout`); a failed context is freed before throwing.
    static func connect(host: String, port: Int, timeout: Duration) throws(HiredisFailure) -> HiredisContext {
        guard let raw = redisConnectWithTimeout(host, Int32(port), timeval(timeout)) else {
            throw HiredisFailure(kind: .other, message: "could not allocate a hiredis context", isTimeout: false)
        }
        let context = HiredisContext(raw)
        if chiredis_err(raw) != 0 { throw context.failure(errno: 0) }
        return context
    }

    /// The socket, for the idle-liveness probe and socket options.
    var fileDescriptor: Int32 { chiredis_fd(raw) }

    /// hiredis marks a context dead after any I/O or protocol error; it must then be freed and replaced.
    var isBroken: Bool { chiredis_err(raw) != 0 }

    /// Sets the socket's send and receive timeout, which bounds every later command.
    func setCommandTimeout(_ timeout: Duration) throws(HiredisFailure) {
        guard redisSetTimeout(raw, Self.timeval(timeout)) == REDIS_OK else { throw failure(errno: errno) }
    }

    /// Turns on TCP keep-alive so a silently vanished server is noticed on idle connections.
    func enableKeepAlive() throws(HiredisFailure) {
        guard redisEnableKeepAlive(raw) == REDIS_OK else { throw failure(errno: errno) }
    }

    /// Sends one command and waits for its reply (`redisCommandArgv`).
    func command(_ arguments: [RedisArgument]) throws(HiredisFailure) -> RedisReply {
        let (reply, savedErrno) = BrokenPipeSignal.suppressed {
            let reply = ArgumentVector.with(arguments) { argc, argv, argvlen in
                redisCommandArgv(raw, argc, argv, argvlen)
            }
            return (reply, errno)
        }
        guard let reply else { throw failure(errno: savedErrno) }
        defer { freeReplyObject(reply) }
        return try Self.copy(UnsafeRawPointer(reply).assumingMemoryBound(to: redisReply.self), depth: 0)
    }

    /// Queues a command in hiredis's output buffer without any I/O (`redisAppendCommandArgv`), for pipelining.
    func append(_ arguments: [RedisArgument]) throws(HiredisFailure) {
        let status = ArgumentVector.with(arguments) { argc, argv, argvlen in
            redisAppendCommandArgv(raw, argc, argv, argvlen)
        }
        guard status == REDIS_OK else { throw failure(errno: errno) }
    }

    /// Flushes the output buffer if needed and reads the next reply (`redisGetReply`).
    func nextReply() throws(HiredisFailure) -> RedisReply {
        var reply: UnsafeMutableRawPointer?
        let (status, savedErrno) = BrokenPipeSignal.suppressed {
            let status = redisGetReply(raw, &reply)
            return (status, errno)
        }
        guard status == REDIS_OK, let reply else { throw failure(errno: savedErrno) }
        defer { freeReplyObject(reply) }
        return try Self.copy(UnsafeRawPointer(reply).assumingMemoryBound(to: redisReply.self), depth: 0)
    }

    /// Reads `err`/`errstr`; an I/O error whose cause is EAGAIN is hiredis 0.14's way of saying "timed out".
    private func failure(errno savedErrno: Int32) -> HiredisFailure {
        let code = chiredis_err(raw)
        let message = String(cString: chiredis_errstr(raw))
        switch code {
        case REDIS_ERR_IO:
            let timedOut =
                savedErrno == EAGAIN || savedErrno == EWOULDBLOCK || message == String(cString: strerror(EAGAIN))
            return HiredisFailure(kind: .io, message: message, isTimeout: timedOut)
        case REDIS_ERR_EOF:
            return HiredisFailure(kind: .endOfFile, message: message, isTimeout: false)
        case REDIS_ERR_PROTOCOL:
            return HiredisFailure(kind: .protocolViolation, message: message, isTimeout: false)
        default:
            return HiredisFailure(kind: .other, message: message.isEmpty ? "unknown error" : message, isTimeout: false)
        }
    }

    /// Copies a reply tree into Swift values; the caller frees the C tree afterwards.
    private static func copy(_ reply: UnsafePointer<redisReply>, depth: Int) throws(HiredisFailure) -> RedisReply {
        guard depth < maximumReplyDepth else {
            throw HiredisFailure(
                kind: .replyTooDeep, message: "reply nested deeper than \(maximumReplyDepth) levels", isTimeout: false)
        }
        switch chiredis_reply_type(reply) {
        case REDIS_REPLY_STATUS: return .status(String(decoding: bytes(of: reply), as: UTF8.self))
        case REDIS_REPLY_ERROR: return .error(String(decoding: bytes(of: reply), as: UTF8.self))
        case REDIS_REPLY_INTEGER: return .integer(Int64(chiredis_reply_integer(reply)))
        case REDIS_REPLY_STRING: return .bulk(bytes(of: reply))
        case REDIS_REPLY_NIL: return .null
        case REDIS_REPLY_ARRAY:
            var elements: [RedisReply] = []
            let count = chiredis_reply_elements(reply)
            elements.reserveCapacity(count)
            for index in 0..<count {
                guard let element = chiredis_reply_element(reply, index) else {
                    throw HiredisFailure(kind: .protocolViolation, message: "missing array element", isTimeout: false)
                }
                elements.append(try copy(element, depth: depth + 1))
            }
            return .array(elements)
        default:
            throw HiredisFailure(kind: .protocolViolation, message: "unknown reply type", isTimeout: false)
        }
    }

    private static func bytes(of reply: UnsafePointer<redisReply>) -> [UInt8] {
        guard let start = chiredis_reply_str(reply) else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: chiredis_reply_len(reply)))
    }

    /// hiredis takes timeouts as `struct timeval`; a zero timeout would mean "wait forever", so at least 1 ms.
    private static func timeval(_ duration: Duration) -> timeval {
        let (seconds, attoseconds) = duration.components
        let microseconds = max(0, seconds) * 1_000_000 + max(0, attoseconds) / 1_000_000_000_000
        let clamped = max(1_000, microseconds)
        #if canImport(Darwin)
            return Darwin.timeval(tv_sec: Int(clamped / 1_000_000), tv_usec: Int32(clamped % 1_000_000))
        #else
            return Glibc.timeval(tv_sec: Int(clamped / 1_000_000), tv_usec: Int(clamped % 1_000_000))
        #endif
    }
}

@available(*, unavailable)
extension HiredisContext: Sendable {}
