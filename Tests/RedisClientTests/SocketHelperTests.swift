import Foundation
import Testing

@testable import RedisClient

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Socket helpers: SIGPIPE suppression and the idle probe")
struct SocketHelperTests {
    #if os(Linux)
        @Test("writing to a socket whose peer closed fails with EPIPE instead of killing the process")
        func writeToClosedPeer() throws {
            var pair: [Int32] = [-1, -1]
            #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
            defer { close(pair[0]) }
            close(pair[1])
            let (written, writeErrno) = BrokenPipeSignal.suppressed {
                let written = [UInt8](repeating: 1, count: 16).withUnsafeBytes {
                    write(pair[0], $0.baseAddress, $0.count)
                }
                return (written, errno)
            }
            #expect(written == -1)
            #expect(writeErrno == EPIPE)
            var pending = sigset_t()
            sigpending(&pending)
            #expect(sigismember(&pending, SIGPIPE) == 0, "the SIGPIPE raised by the write was consumed")
            var mask = sigset_t()
            pthread_sigmask(SIG_SETMASK, nil, &mask)
            #expect(sigismember(&mask, SIGPIPE) == 0, "the thread's signal mask was restored")
        }
    #endif

    @Test("the idle probe sees a peer-closed socket as unusable and an open quiet one as fine")
    func probe() throws {
        var pair: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        defer { close(pair[0]) }
        #expect(SocketProbe.isUnusable(pair[0]) == false)
        close(pair[1])
        #expect(SocketProbe.isUnusable(pair[0]) == true)
        #expect(SocketProbe.isUnusable(-1) == true)
    }
}
