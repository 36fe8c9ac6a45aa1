/// One segment of a possibly dotted key (`sources`, `"X-Requested-With"`), with where it was written.
struct KeySegment {
    let name: String
    let location: TOMLLocation
}

extension Scanner {
    /// Reads a bare, quoted or dotted key (`a`, `"한국어 키"`, `site."google.com"`); whitespace around dots is allowed.
    mutating func parseKey() throws(TOMLError) -> [KeySegment] {
        var segments: [KeySegment] = []
        while true {
            segments.append(try parseKeySegment())
            skipSpaces()
            guard peek() == ASCII.dot else { return segments }
            advance()
            skipSpaces()
        }
    }

    private mutating func parseKeySegment() throws(TOMLError) -> KeySegment {
        let start = location
        guard let byte = peek() else { throw error(.syntax, "expected a key, found end of file") }
        switch byte {
        case ASCII.quote:
            if isLooking(at: [ASCII.quote, ASCII.quote, ASCII.quote]) {
                throw error(.syntax, "multi-line strings cannot be used as keys")
            }
            return KeySegment(name: try parseBasicString(), location: start)
        case ASCII.apostrophe:
            if isLooking(at: [ASCII.apostrophe, ASCII.apostrophe, ASCII.apostrophe]) {
                throw error(.syntax, "multi-line strings cannot be used as keys")
            }
            return KeySegment(name: try parseLiteralString(), location: start)
        default:
            let begin = offset
            while let byte = peek(), ASCII.isBareKey(byte) { advance() }
            if offset == begin {
                if byte >= 0x80 {
                    throw error(
                        .syntax,
                        "invalid character \(describeCurrent()) in bare key; keys other than A-Z a-z 0-9 _ - "
                            + "must be quoted")
                }
                throw error(.syntax, "expected a key, found \(describeCurrent())")
            }
            return KeySegment(name: text(begin..<offset), location: start)
        }
    }
}

/// A key path as TOML would write it (`sources.paging`, `"기관"."X-Key"`), quoting segments that are not bare keys;
/// used wherever a message names a key or table.
func displayKey(_ path: [String]) -> String {
    path.map { segment -> String in
        if !segment.isEmpty, segment.utf8.allSatisfy(ASCII.isBareKey) { return segment }
        var quoted = "\""
        for scalar in segment.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }.joined(separator: ".")
}

extension [KeySegment] {
    /// The key as written, for messages.
    var display: String { displayKey(map(\.name)) }
}
