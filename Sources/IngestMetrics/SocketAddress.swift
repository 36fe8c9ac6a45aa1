import Glibc

/// `sockaddr_in` / `sockaddr_in6` for a listen address, lent to a body for the length of a `bind`; nil when the host
/// is not an address `inet_pton` accepts (so neither a typo nor a host name is ever bound as 0.0.0.0).
enum SocketAddress {
    static func withSockaddr<Result>(
        _ address: ListenAddress, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result? {
        if address.isIPv6 {
            var storage = sockaddr_in6()
            storage.sin6_family = sa_family_t(AF_INET6)
            storage.sin6_port = address.port.bigEndian
            guard address.host.withCString({ inet_pton(AF_INET6, $0, &storage.sin6_addr) }) == 1 else { return nil }
            return lend(&storage, body)
        }
        var storage = sockaddr_in()
        storage.sin_family = sa_family_t(AF_INET)
        storage.sin_port = address.port.bigEndian
        guard address.host.withCString({ inet_pton(AF_INET, $0, &storage.sin_addr) }) == 1 else { return nil }
        return lend(&storage, body)
    }

    private static func lend<Address, Result>(
        _ storage: inout Address, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result {
        withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                body($0, socklen_t(MemoryLayout<Address>.size))
            }
        }
    }
}
