import Dispatch
import Glibc

/// The endpoint's listening socket. It owns the descriptor (closed once, by `close()`), and every blocking call on
/// it or on an accepted connection runs on its own serial queue, off Swift's cooperative pool.
final class MetricsListener: Sendable {
    let descriptor: Int32
    let address: ListenAddress
    private let queue = DispatchQueue(label: "connect-ingest.metrics-endpoint")

    private init(descriptor: Int32, address: ListenAddress) {
        self.descriptor = descriptor
        self.address = address
    }

    /// Binds and listens on `address` (SO_REUSEADDR, so a restarted worker rebinds at once).
    static func bind(_ address: ListenAddress) throws(MetricsEndpointError) -> MetricsListener {
        let family = address.isIPv6 ? AF_INET6 : AF_INET
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw MetricsEndpointError(address: address, call: "socket", errno: errno) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = SocketAddress.withSockaddr(address) { pointer, length in Glibc.bind(descriptor, pointer, length) }
        guard let bound else {
            Glibc.close(descriptor)
            throw MetricsEndpointError(address: address, call: "inet_pton", errno: EINVAL)
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw MetricsEndpointError(address: address, call: "bind", errno: code)
        }
        guard listen(descriptor, 16) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw MetricsEndpointError(address: address, call: "listen", errno: code)
        }
        return MetricsListener(descriptor: descriptor, address: address)
    }

    /// The next connection, or nil when none came within `timeout` (so the caller can notice a shutdown).
    func accept(timeout: Duration) async -> MetricsConnection? {
        let descriptor = descriptor
        let milliseconds = Int32(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        return await onQueue { () -> MetricsConnection? in
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, milliseconds) == 1 else { return nil }
            let client = Glibc.accept(descriptor, nil, nil)
            return client >= 0 ? MetricsConnection(descriptor: client) : nil
        }
    }

    /// Runs a blocking body on the listener's queue.
    func onQueue<Result: Sendable>(_ body: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in queue.async { continuation.resume(returning: body()) } }
    }

    func close() {
        Glibc.close(descriptor)
    }
}

/// An accepted connection: read one request head, write one response, close. Reads and writes time out after two
/// seconds, so a client that stalls cannot hold the endpoint.
struct MetricsConnection: Sendable {
    let descriptor: Int32

    /// The request head, up to its blank line (at most 8 KiB); what came when the client stopped early.
    func readHead() -> String {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2048)
        while head.count < 8192 {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            head += buffer[0..<count]
            if containsBlankLine(head) { break }
        }
        return String(decoding: head, as: UTF8.self)
    }

    private func containsBlankLine(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && (0...(bytes.count - 4)).contains { bytes[$0..<$0 + 4].elementsEqual([13, 10, 13, 10]) }
    }

    /// Writes all of `bytes` (no SIGPIPE if the client left), then closes.
    func respond(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { break }
            sent += count
        }
        Glibc.close(descriptor)
    }
}
