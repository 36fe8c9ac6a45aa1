import Foundation

/// Where the worker's `/metrics` endpoint listens: an IPv4 or IPv6 literal and a port (`127.0.0.1:9464`,
/// `[::1]:9464`). A literal, not a host name, so what is bound is exactly what the operator wrote.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    public let host: String
    public let port: UInt16
    public var isIPv6: Bool { host.contains(":") }

    public var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Parses `host:port` or `[v6]:port`; nil when it is neither.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        let host: Substring
        let port: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                return nil
            }
            host = text[text.index(after: text.startIndex)..<close]
            port = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            port = text[text.index(after: colon)...]
            guard !host.contains(":") else { return nil }
        }
        guard !host.isEmpty, let number = UInt16(port), number > 0 else { return nil }
        self.init(host: String(host), port: number)
        // A typo in a setting is reported, not bound.
        guard SocketAddress.withSockaddr(self, { _, _ in true }) != nil else { return nil }
    }
}
