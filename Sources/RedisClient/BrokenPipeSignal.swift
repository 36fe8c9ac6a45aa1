#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps SIGPIPE from killing the process when hiredis 0.14 `write()`s to a socket the server has closed (it does
/// not use MSG_NOSIGNAL): the signal is blocked on the calling thread for the call, and a SIGPIPE it raised is
/// consumed before the old mask returns, so the write just fails with EPIPE. Nothing process-wide is changed.
enum BrokenPipeSignal {
    static func suppressed<Result>(_ body: () -> Result) -> Result {
        #if os(Linux)
            var pipeOnly = sigset_t()
            sigemptyset(&pipeOnly)
            sigaddset(&pipeOnly, SIGPIPE)
            var previousMask = sigset_t()
            pthread_sigmask(SIG_BLOCK, &pipeOnly, &previousMask)
            defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }
            var pending = sigset_t()
            sigpending(&pending)
            let wasPending = sigismember(&pending, SIGPIPE) == 1
            let result = body()
            if !wasPending {
                sigpending(&pending)
                if sigismember(&pending, SIGPIPE) == 1 {
                    var noWait = timespec(tv_sec: 0, tv_nsec: 0)
                    _ = sigtimedwait(&pipeOnly, nil, &noWait)
                }
            }
            return result
        #else
            // Darwin: `RedisSession` sets SO_NOSIGPIPE on the socket instead.
            return body()
        #endif
    }

    /// Darwin's per-socket alternative; a no-op on Linux, where `suppressed` does the work.
    static func disable(onSocket fileDescriptor: Int32) {
        #if canImport(Darwin)
            var on: Int32 = 1
            _ = setsockopt(fileDescriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }
}
