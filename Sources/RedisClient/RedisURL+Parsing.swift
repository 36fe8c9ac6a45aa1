extension RedisURL {
    /// Parses `redis://[[user]:password@]host[:port][/db]`; the password (and user) may be percent-encoded.
    ///
    /// Throws `RedisError.Code.invalidURL` naming the part that is wrong; the message never repeats the URL's
    /// text, since a malformed URL may still contain a password.
    public init(_ text: String) throws {
        guard let schemeEnd = text.firstRange(of: "://") else {
            throw Self.invalid("missing scheme: expected redis://host[:port][/db]")
        }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        switch scheme {
        case "redis": break
        case "rediss": throw Self.invalid("TLS (rediss://) is not supported by this client; use redis://")
        default:
            let shown = scheme.count <= 16 && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            throw Self.invalid("unsupported scheme\(shown ? " \(scheme)" : ""): expected redis://")
        }
        var rest = text[schemeEnd.upperBound...]
        if rest.contains("?") || rest.contains("#") {
            throw Self.invalid("query parameters and fragments are not supported")
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var hostPart = rest
        var user: String?
        var password: String?
        if let at = rest.lastIndex(of: "@") {
            (user, password) = try Self.credentials(rest[..<at])
            hostPart = rest[rest.index(after: at)...]
        }
        let (host, port) = try Self.hostAndPort(hostPart)
        self.init(host: host, port: port, database: try Self.database(path), user: user, password: password)
    }

    private static func credentials(_ userInfo: Substring) throws -> (user: String?, password: String?) {
        guard let colon = userInfo.firstIndex(of: ":") else {
            throw invalid("credentials must be written as [user]:password@ (the colon is missing)")
        }
        let user = try percentDecoded(userInfo[..<colon], part: "user name")
        let password = try percentDecoded(userInfo[userInfo.index(after: colon)...], part: "password")
        if password.isEmpty {
            if !user.isEmpty { throw invalid("a user name needs a password") }
            return (nil, nil)
        }
        return (user.isEmpty ? nil : user, password)
    }

    private static func hostAndPort(_ text: Substring) throws -> (String, Int) {
        var host: Substring
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw invalid("IPv6 address is missing its ]") }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw invalid("unexpected text after the IPv6 address") }
                portText = after.dropFirst()
            }
        } else if let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        } else {
            host = text
        }
        guard !host.isEmpty else { throw invalid("host is missing") }
        guard host.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7f && !"[]@%".utf8.contains($0) }) else {
            throw invalid("host contains characters that are not allowed")
        }
        guard let portText else { return (String(host), 6379) }
        guard !portText.isEmpty, portText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let port = Int(portText),
            (1...65535).contains(port)
        else { throw invalid("port must be a number from 1 to 65535") }
        return (String(host), port)
    }

    private static func database(_ path: Substring) throws -> Int {
        if path.isEmpty { return 0 }
        guard path.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let database = Int(path), database <= Int(Int32.max)
        else { throw invalid("database must be a non-negative integer after the /") }
        return database
    }

    private static func percentDecoded(_ text: Substring, part: String) throws -> String {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw invalid("\(part) has a % that is not followed by two hex digits")
            }
            bytes.append(high << 4 | low)
        }
        let decoded = String(decoding: bytes, as: UTF8.self)
        guard decoded.utf8.elementsEqual(bytes) else { throw invalid("\(part) is not valid UTF-8 once decoded") }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func invalid(_ message: String) -> RedisError {
        RedisError(code: .invalidURL, message: message)
    }
}
