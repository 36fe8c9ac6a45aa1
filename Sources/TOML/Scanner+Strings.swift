/// The four TOML string forms. Content is collected as UTF-8 bytes and decoded once at the closing delimiter.
extension Scanner {
    private static let threeQuotes: [UInt8] = [ASCII.quote, ASCII.quote, ASCII.quote]
    private static let threeApostrophes: [UInt8] = [ASCII.apostrophe, ASCII.apostrophe, ASCII.apostrophe]

    /// Reads whichever string form starts at the cursor (`"`, `'`, `"""` or `'''`).
    mutating func parseString() throws(TOMLError) -> String {
        if isLooking(at: Self.threeQuotes) { return try parseMultilineString(delimiter: ASCII.quote) }
        if isLooking(at: Self.threeApostrophes) { return try parseMultilineString(delimiter: ASCII.apostrophe) }
        return peek() == ASCII.quote ? try parseBasicString() : try parseLiteralString()
    }

    /// Reads a single-line `"basic"` string with escapes.
    mutating func parseBasicString() throws(TOMLError) -> String {
        let start = location
        advance()
        var content: [UInt8] = []
        while true {
            guard let byte = peek(), !isAtNewline else { throw error(.unterminated, "unterminated string", at: start) }
            switch byte {
            case ASCII.quote:
                advance()
                return String(decoding: content, as: UTF8.self)
            case ASCII.backslash:
                try parseEscape(into: &content)
            default:
                try appendOrdinary(byte, to: &content)
            }
        }
    }

    /// Reads a single-line `'literal'` string: no escapes, what is written is what you get.
    mutating func parseLiteralString() throws(TOMLError) -> String {
        let start = location
        advance()
        let begin = offset
        while true {
            guard let byte = peek(), !isAtNewline else { throw error(.unterminated, "unterminated string", at: start) }
            if byte == ASCII.apostrophe {
                let content = text(begin..<offset)
                advance()
                return content
            }
            try checkNotControl(byte)
            advance()
        }
    }

    /// Reads a `"""` or `'''` string. A newline right after the opening delimiter is dropped; up to two delimiter
    /// characters may directly precede the closing three; CRLF newlines become LF. In basic strings a backslash at
    /// the end of a line removes it and all whitespace and newlines that follow.
    private mutating func parseMultilineString(delimiter: UInt8) throws(TOMLError) -> String {
        let start = location
        let isBasic = delimiter == ASCII.quote
        advance(by: 3)
        if isAtNewline { try consumeNewline() }
        var content: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw error(.unterminated, "unterminated multi-line string", at: start)
            }
            switch byte {
            case delimiter:
                var run = 0
                while peek(run) == delimiter { run += 1 }
                if run < 3 {
                    content.append(contentsOf: repeatElement(delimiter, count: run))
                    advance(by: run)
                } else if run <= 5 {
                    content.append(contentsOf: repeatElement(delimiter, count: run - 3))
                    advance(by: run)
                    return String(decoding: content, as: UTF8.self)
                } else {
                    throw error(.syntax, "too many quotes at the end of a multi-line string (at most 5 allowed)")
                }
            case ASCII.backslash where isBasic:
                if isLineEndingBackslash() {
                    advance()
                    while let next = peek(), next == ASCII.space || next == ASCII.tab || isAtNewline {
                        if isAtNewline { try consumeNewline() } else { advance() }
                    }
                } else {
                    try parseEscape(into: &content)
                }
            case ASCII.lineFeed, ASCII.carriageReturn:
                if isAtNewline {
                    try consumeNewline()
                    content.append(ASCII.lineFeed)
                } else {
                    try appendOrdinary(byte, to: &content)  // a carriage return on its own: rejected
                }
            default:
                try appendOrdinary(byte, to: &content)
            }
        }
    }

    /// Whether the backslash at the cursor is followed only by spaces or tabs up to a newline.
    private func isLineEndingBackslash() -> Bool {
        var ahead = 1
        while let byte = peek(ahead), byte == ASCII.space || byte == ASCII.tab { ahead += 1 }
        return peek(ahead) == ASCII.lineFeed
            || (peek(ahead) == ASCII.carriageReturn && peek(ahead + 1) == ASCII.lineFeed)
    }

    /// Reads one escape sequence (cursor at the backslash) and appends the character it stands for.
    private mutating func parseEscape(into content: inout [UInt8]) throws(TOMLError) {
        let start = location
        let begin = offset
        advance()
        guard let byte = peek(), !isAtNewline else {
            throw error(.invalidString, "invalid escape '\\' at end of line", at: start)
        }
        switch byte {
        case UInt8(ascii: "b"): content.append(0x08)
        case UInt8(ascii: "t"): content.append(ASCII.tab)
        case UInt8(ascii: "n"): content.append(ASCII.lineFeed)
        case UInt8(ascii: "f"): content.append(0x0C)
        case UInt8(ascii: "r"): content.append(ASCII.carriageReturn)
        case ASCII.quote: content.append(ASCII.quote)
        case ASCII.backslash: content.append(ASCII.backslash)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digitCount = byte == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for ahead in 1...digitCount {
                guard let digit = peek(ahead), ASCII.isHexDigit(digit) else {
                    var end = offset + 1
                    while end < bytes.count, end < offset + 1 + digitCount, ASCII.isHexDigit(bytes[end]) { end += 1 }
                    throw error(
                        .invalidString,
                        "invalid escape '\(text(begin..<end))': expected \(digitCount) hexadecimal digits",
                        at: start)
                }
                value = value << 4 | UInt32(hexValue(digit))
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error(
                    .invalidString,
                    "invalid escape '\(text(begin..<offset + 1 + digitCount))': \(unicodeName(value)) is not a "
                        + "Unicode scalar value",
                    at: start)
            }
            UTF8.encode(scalar) { content.append($0) }
            advance(by: digitCount)
        default:
            throw error(.invalidString, "invalid escape '\\\(describeCurrent().trimmingQuotes)'", at: start)
        }
        advance()
    }

    /// Appends a byte of string content, rejecting control characters other than tab.
    private mutating func appendOrdinary(_ byte: UInt8, to content: inout [UInt8]) throws(TOMLError) {
        try checkNotControl(byte)
        content.append(byte)
        advance()
    }

    private func checkNotControl(_ byte: UInt8) throws(TOMLError) {
        if ASCII.isForbiddenControl(byte) {
            throw error(.invalidString, "invalid character \(describeCurrent()) in string; use an escape sequence")
        }
    }

    private func hexValue(_ digit: UInt8) -> UInt8 {
        ASCII.isDigit(digit) ? digit - 0x30 : (digit | 0x20) - 0x61 + 10
    }
}

extension String {
    /// `q` from `'q'` (as `describeCharacter` quotes printable characters), unchanged otherwise.
    fileprivate var trimmingQuotes: String {
        guard count >= 3, hasPrefix("'"), hasSuffix("'") else { return self }
        return String(dropFirst().dropLast())
    }
}
