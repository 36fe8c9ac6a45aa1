/// Whitespace, newlines and comments: what may separate tokens, and what must (and must not) end a line.
extension Scanner {
    /// Skips spaces and tabs, the only whitespace allowed within a line.
    mutating func skipSpaces() {
        while let byte = peek(), byte == ASCII.space || byte == ASCII.tab { advance() }
    }

    /// Whether the cursor is at a newline (LF or CRLF).
    var isAtNewline: Bool {
        peek() == ASCII.lineFeed || (peek() == ASCII.carriageReturn && peek(1) == ASCII.lineFeed)
    }

    /// Consumes an LF or CRLF at the cursor; a carriage return on its own is not a TOML newline.
    mutating func consumeNewline() throws(TOMLError) {
        if peek() == ASCII.lineFeed {
            advance()
        } else if peek() == ASCII.carriageReturn && peek(1) == ASCII.lineFeed {
            advance(by: 2)
        } else {
            throw error(.syntax, "expected a newline, found \(describeCurrent())")
        }
    }

    /// Skips a `#` comment up to (not including) the newline; control characters other than tab are not allowed in
    /// comments.
    mutating func skipComment() throws(TOMLError) {
        advance()
        while let byte = peek(), !isAtNewline {
            if ASCII.isForbiddenControl(byte) {
                throw error(.syntax, "invalid character \(describeCurrent()) in comment")
            }
            advance()
        }
    }

    /// Requires the rest of the line to be blank or a comment, and consumes it with its newline.
    /// - Parameter construct: what was just read ("value", "table header"), for the error message.
    mutating func finishLine(after construct: String) throws(TOMLError) {
        skipSpaces()
        if peek() == ASCII.hash { try skipComment() }
        if isAtEnd { return }
        guard isAtNewline else {
            throw error(.syntax, "expected end of line after \(construct), found \(describeCurrent())")
        }
        try consumeNewline()
    }

    /// Skips whitespace, newlines and comments, which arrays allow between their elements.
    mutating func skipArrayTrivia() throws(TOMLError) {
        while let byte = peek() {
            switch byte {
            case ASCII.space, ASCII.tab: advance()
            case ASCII.hash: try skipComment()
            case ASCII.lineFeed, ASCII.carriageReturn: try consumeNewline()
            default: return
            }
        }
    }

    /// The character at the cursor as an error message shows it: `'x'`, `'한'`, `U+0007`, "end of line", "end of file".
    func describeCurrent() -> String {
        guard peek() != nil else { return "end of file" }
        if isAtNewline { return "end of line" }
        return describeCharacter(at: offset)
    }

    /// The character starting at `index`, quoted if printable, as `U+XXXX` if a control character.
    func describeCharacter(at index: Int) -> String {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte < 0x20 || byte == ASCII.delete { return unicodeName(UInt32(byte)) }
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(text(index..<end))'"
    }
}

/// `U+0007`: how control characters and code points are named in messages.
func unicodeName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
