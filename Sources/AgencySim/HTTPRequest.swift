/// One request as the simulator received it: what routing, sessions, conditional GETs and the request log need.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The target's path, percent-decoded.
    public var path: String
    /// The raw query string (after `?`), empty when absent.
    public var rawQuery: String
    /// Header names lower-cased; repeated headers joined with `, `.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, path: String, rawQuery: String = "", headers: [String: String], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headers = Dictionary(uniqueKeysWithValues: headers.map { ($0.key.lowercased(), $0.value) })
        self.body = body
    }

    /// The `Host` header without its port, lower-cased.
    public var host: String {
        let value = headers["host"] ?? ""
        if value.hasPrefix("[") { return value.lowercased() }
        return String(value.split(separator: ":").first ?? "").lowercased()
    }

    /// Query parameters, and for a form POST also the form fields (form wins on a clash).
    public var parameters: [String: String] {
        var values = FormEncoding.decode(rawQuery)
        let contentType = headers["content-type"]?.lowercased() ?? ""
        if method == "POST", contentType.hasPrefix("application/x-www-form-urlencoded") {
            for (name, value) in FormEncoding.decode(String(decoding: body, as: UTF8.self)) { values[name] = value }
        }
        return values
    }

    /// Cookie names and values from the `Cookie` header.
    public var cookies: [String: String] {
        var values: [String: String] = [:]
        for part in (headers["cookie"] ?? "").split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
            if pair.count == 2 { values[pair[0]] = pair[1] }
        }
        return values
    }
}

/// `application/x-www-form-urlencoded` and query strings.
enum FormEncoding {
    static func decode(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecode(String(parts[0]), plusIsSpace: true)
            let value = parts.count > 1 ? percentDecode(String(parts[1]), plusIsSpace: true) : ""
            values[name] = value
        }
        return values
    }

    /// Decodes `%XX` escapes (bytes, then UTF-8); invalid escapes stay as written.
    static func percentDecode(_ text: String, plusIsSpace: Bool) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == 37, index + 2 < source.count, let high = hex(source[index + 1]), let low = hex(source[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(plusIsSpace && byte == 43 ? 32 : byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = self
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
