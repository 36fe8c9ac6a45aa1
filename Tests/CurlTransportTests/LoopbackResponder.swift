import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-shot HTTP/1.1 responder on 127.0.0.1: accepts connections on a background thread and answers each with a
/// fixed response. Just enough to prove libcurl speaks HTTP through our binding; the simulated agency web comes later.
///
/// The listening socket is closed by its own thread, once `stop()` has made `accept` fail: closed from `stop()`, its
/// descriptor number could be reused by another test's listener (tests run in parallel) before this thread's next
/// `accept`, which would then answer that test's request with this response.
final class LoopbackResponder: Sendable {
    let port: UInt16
    private let listener: Int32
    private let finished = DispatchSemaphore(value: 0)

    init(status: String, contentType: String, body: [UInt8]) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ResponderError(message: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw ResponderError(message: "bind/listen failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: address.sin_port)
        self.listener = fd
        let header =
            "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
            + "Connection: close\r\n\r\n"
        let response = Array(header.utf8) + body
        let finished = self.finished
        Thread.detachNewThread {
            defer {
                close(fd)
                finished.signal()
            }
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { return }
                var buffer = [UInt8](repeating: 0, count: 4096)
                _ = recv(client, &buffer, buffer.count, 0)
                _ = response.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                close(client)
            }
        }
    }

    /// Stops accepting and waits for the thread to close the socket.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        finished.wait()
    }
}

struct ResponderError: Error {
    let message: String
}
