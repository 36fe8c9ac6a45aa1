import Glibc

/// Whether a text is an address `inet_pton` accepts, so a typo in a setting is reported, not bound.
enum IPLiteral {
    static func isValid(_ host: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return host.withCString { text in
            inet_pton(host.contains(":") ? AF_INET6 : AF_INET, text, &buffer) == 1
        }
    }
}
