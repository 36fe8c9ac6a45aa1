/// PostgreSQL's one-dimensional array literal (`{a,"b c",NULL}`), used to bind Swift arrays and to read array
/// columns from text-format results.
enum PostgresArrayLiteral {
    /// Written into UTF-8 bytes: the store binds arrays of a thousand keys per batch.
    static func encode(_ elements: [String?]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(elements.count * 16 + 2)
        for (position, element) in elements.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            guard let element else {
                bytes.append(contentsOf: "NULL".utf8)
                continue
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in element.utf8 {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses a one-dimensional literal; returns nil for anything else (nested arrays, bounds decorations).
    static func decode(_ text: String) -> [String?]? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "{", scalars.last == "}" else { return nil }
        var elements: [String?] = []
        var index = 1
        let end = scalars.count - 1
        if index == end { return [] }
        while index < end {
            if scalars[index] == "\"" {
                index += 1
                var value = String.UnicodeScalarView()
                while index < end, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < end { index += 1 }
                    value.append(scalars[index])
                    index += 1
                }
                guard index < end else { return nil }
                index += 1
                elements.append(String(value))
            } else {
                var value = String.UnicodeScalarView()
                while index < end, scalars[index] != "," {
                    if scalars[index] == "{" { return nil }
                    value.append(scalars[index])
                    index += 1
                }
                let word = String(value)
                elements.append(word.uppercased() == "NULL" ? nil : word)
            }
            if index < end {
                guard scalars[index] == "," else { return nil }
                index += 1
            }
        }
        return elements
    }
}

/// bytea's hex text format (`\x0102ff`), both ways.
enum PostgresBytea {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hexText<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = [92, 120]
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes[0] == 92, bytes[1] == 120, bytes.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count - 2) / 2)
        var index = 2
        while index < bytes.count {
            guard let high = nibble(bytes[index]), let low = nibble(bytes[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 97...102: byte - 87
        case 65...70: byte - 55
        default: nil
        }
    }
}
