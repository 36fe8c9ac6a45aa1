/// Where a Redis server is and how to log in, parsed from `redis://[[user]:password@]host[:port][/db]`, so that
/// configuration stays one string while the password never shows up in logs (`description` masks it).
public struct RedisURL: Sendable, Hashable {
    /// Host name or IP address (an IPv6 address without its brackets).
    public var host: String
    /// TCP port; 6379 when the URL names none.
    public var port: Int
    /// Logical database selected after connecting; 0 when the URL names none.
    public var database: Int
    /// ACL user name (Redis 6+); nil logs in as the default user.
    public var user: String?
    /// The password sent with AUTH; never printed (see `description`).
    public var password: String?

    /// Builds a URL from parts, for callers that do not start from a string.
    public init(host: String, port: Int = 6379, database: Int = 0, user: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
        self.password = password
    }

    /// `host:port`, with IPv6 addresses in brackets.
    public var hostAndPort: String {
        (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }
}

extension RedisURL: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The URL with the password replaced by `***`, safe for logs and error messages.
    public var description: String {
        var text = "redis://"
        if user != nil || password != nil {
            text += (user.map(Self.percentEncoded) ?? "") + (password == nil ? "" : ":***") + "@"
        }
        return text + "\(hostAndPort)/\(database)"
    }

    /// Same as `description`, so `debugPrint` and `"\(String(reflecting: url))"` stay masked too.
    public var debugDescription: String { description }

    /// Hides the password from `dump` and other mirror-based printing.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "host": host, "port": port, "database": database, "user": user as Any,
                "password": password == nil ? "nil" : "***",
            ])
    }

    /// Percent-encodes everything outside RFC 3986's unreserved set, so a masked URL still parses.
    static func percentEncoded(_ text: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0f)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
