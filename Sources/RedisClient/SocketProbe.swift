#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks an idle connection before a command is written, so a server restart (which closes idle sockets) leads to
/// a transparent reconnect instead of a failed command.
enum SocketProbe {
    /// True when the socket can no longer carry a request/reply exchange: the peer closed it (a zero-byte peek),
    /// it reports an error or hang-up, or it holds unrequested bytes (then replies would be out of step).
    static func isUnusable(_ fileDescriptor: Int32) -> Bool {
        guard fileDescriptor >= 0 else { return true }
        var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 0)
        if ready == 0 { return false }
        if ready < 0 { return errno != EINTR }
        if descriptor.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 { return true }
        var byte: UInt8 = 0
        let peeked = recv(fileDescriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if peeked < 0 { return !(errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) }
        return true
    }
}
