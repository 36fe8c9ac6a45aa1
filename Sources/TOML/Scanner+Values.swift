/// Values: picks the form from the first character, and reads arrays and inline tables, which nest values.
extension Scanner {
    /// How deeply arrays and inline tables may nest; far beyond any real configuration, and low enough that a
    /// malformed file cannot exhaust the stack.
    static let maximumNesting = 128

    /// Reads the value at the cursor.
    /// - Parameters:
    ///   - path: the key path the value is assigned to, recorded as `TOMLTable.path` of inline tables within it.
    ///   - depth: how many arrays and inline tables enclose the value.
    mutating func parseValue(path: [String], depth: Int = 0) throws(TOMLError) -> TOMLValue {
        guard let byte = peek(), !isAtNewline else {
            throw error(.syntax, "expected a value, found \(describeCurrent())")
        }
        switch byte {
        case ASCII.quote, ASCII.apostrophe:
            return .string(try parseString())
        case ASCII.leftBracket:
            return try parseArray(path: path, depth: depth + 1)
        case ASCII.leftBrace:
            return try parseInlineTable(path: path, depth: depth + 1)
        default:
            if isAtDateTime { return .dateTime(try parseDateTime()) }
            return try parseWord()
        }
    }

    /// Reads a boolean, integer or float: a run of the characters those can contain.
    private mutating func parseWord() throws(TOMLError) -> TOMLValue {
        let start = location
        let begin = offset
        while let byte = peek(), ASCII.isBareKey(byte) || byte == ASCII.plus || byte == ASCII.dot { advance() }
        let token = bytes[begin..<offset]
        guard let first = token.first else {
            throw error(.syntax, "expected a value, found \(describeCurrent())")
        }
        if token.elementsEqual("true".utf8) { return .boolean(true) }
        if token.elementsEqual("false".utf8) { return .boolean(false) }
        if ASCII.isLetter(first), !token.elementsEqual("inf".utf8), !token.elementsEqual("nan".utf8) {
            throw error(.syntax, "invalid value '\(text(begin..<offset))'; strings must be quoted", at: start)
        }
        if let byte = peek(), !ASCII.endsValue(byte) {
            throw error(.syntax, "unexpected \(describeCurrent()) in value '\(text(begin..<offset))'")
        }
        return try parseNumber(token, at: start)
    }

    /// Reads `[ ... ]`: values of any types separated by commas, with newlines, comments and a trailing comma
    /// allowed.
    private mutating func parseArray(path: [String], depth: Int) throws(TOMLError) -> TOMLValue {
        let start = location
        try checkNesting(depth)
        advance()
        var elements: [TOMLValue] = []
        while true {
            try skipArrayTrivia()
            guard let byte = peek() else { throw error(.unterminated, "unterminated array", at: start) }
            if byte == ASCII.rightBracket { break }
            elements.append(try parseValue(path: path, depth: depth))
            try skipArrayTrivia()
            guard let separator = peek() else { throw error(.unterminated, "unterminated array", at: start) }
            if separator == ASCII.rightBracket { break }
            guard separator == ASCII.comma else {
                throw error(.syntax, "expected ',' or ']' in array, found \(describeCurrent())")
            }
            advance()
        }
        advance()
        return .array(elements)
    }

    /// Reads `{ key = value, ... }` on one line, without a trailing comma (TOML 1.0). The result is a complete
    /// value: no later header or dotted key may add to it.
    private mutating func parseInlineTable(path: [String], depth: Int) throws(TOMLError) -> TOMLValue {
        let start = location
        try checkNesting(depth)
        advance()
        var tree = TableTree(location: start, path: path)
        skipSpaces()
        if peek() == ASCII.rightBrace {
            advance()
            return .table(tree.build())
        }
        while true {
            try checkInsideInlineTable(start: start)
            let key = try parseKey()
            guard peek() == ASCII.equals else {
                throw error(.syntax, "expected '=' after key '\(key.display)', found \(describeCurrent())")
            }
            advance()
            skipSpaces()
            let value = try parseValue(path: path + key.map(\.name), depth: depth)
            try tree.setValue(value, for: key)
            skipSpaces()
            try checkInsideInlineTable(start: start)
            if peek() == ASCII.rightBrace { break }
            guard peek() == ASCII.comma else {
                throw error(.syntax, "expected ',' or '}' in inline table, found \(describeCurrent())")
            }
            advance()
            skipSpaces()
            if peek() == ASCII.rightBrace {
                throw error(.syntax, "trailing comma is not allowed in an inline table")
            }
        }
        advance()
        return .table(tree.build())
    }

    /// Inline tables must end on the line they start on.
    private func checkInsideInlineTable(start: TOMLLocation) throws(TOMLError) {
        if isAtEnd { throw error(.unterminated, "unterminated inline table", at: start) }
        if isAtNewline || peek() == ASCII.hash {
            throw error(.unterminated, "unterminated inline table: inline tables must be on one line", at: start)
        }
    }

    private func checkNesting(_ depth: Int) throws(TOMLError) {
        if depth > Self.maximumNesting {
            throw error(.nestingTooDeep, "arrays and inline tables are nested more than \(Self.maximumNesting) deep")
        }
    }
}
