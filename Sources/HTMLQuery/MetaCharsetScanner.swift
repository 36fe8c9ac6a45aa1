/// Finds the charset a page declares in its markup, by scanning raw bytes before any decoding (a simplified
/// version of the WHATWG prescan): `<meta charset=...>` and `<meta http-equiv="Content-Type"
/// content="text/html; charset=...">`, case-insensitive, skipping comments.
enum MetaCharsetScanner {
    /// How many leading bytes are searched; declarations further down are ignored, as browsers do.
    static let limit = 4096

    /// The declared label as written (not yet mapped), or nil if the first ``limit`` bytes declare none.
    static func declaredLabel(in bytes: some Collection<UInt8>) -> String? {
        let window = Array(bytes.prefix(limit))
        var index = 0
        while index < window.count {
            guard window[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if hasPrefix(window, at: index, "<!--") {
                guard let end = find(window, "-->", from: index + 4) else { return nil }
                index = end + 3
                continue
            }
            if hasPrefix(window, at: index, "<meta"), index + 5 < window.count,
                isSpaceOrSlash(window[index + 5])
            {
                let end = find(window, ">", from: index + 5) ?? window.count
                let tag = window[(index + 5)..<end].map(CharsetLabel.asciiLowercased)
                if let label = charsetValue(in: tag) {
                    return label
                }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    /// The value after the first `charset` that is followed by `=`, quoted or not; this covers both the attribute
    /// and the parameter inside a `content` attribute.
    private static func charsetValue(in tag: [UInt8]) -> String? {
        var searchFrom = 0
        while let found = find(tag, "charset", from: searchFrom) {
            var index = skipSpaces(tag, from: found + 7)
            searchFrom = found + 7
            guard index < tag.count, tag[index] == UInt8(ascii: "=") else { continue }
            index = skipSpaces(tag, from: index + 1)
            guard index < tag.count else { return nil }
            var value: [UInt8] = []
            let quote = tag[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                while index < tag.count, tag[index] != quote {
                    value.append(tag[index])
                    index += 1
                }
            } else {
                while index < tag.count, !isValueTerminator(tag[index]) {
                    value.append(tag[index])
                    index += 1
                }
            }
            return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
        }
        return nil
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        let needle = Array(prefix.utf8)
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where CharsetLabel.asciiLowercased(bytes[index + offset]) != needle[offset] {
            return false
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        for index in start..<bytes.count where hasPrefix(bytes, at: index, needle) {
            return index
        }
        return nil
    }

    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) {
            index += 1
        }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/")
    }

    private static func isValueTerminator(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
