/// Reads a document line by line: blank lines and comments, `[table]` and `[[array]]` headers, and `key = value`
/// lines, handing each definition to the `TableTree` that enforces where it may go.
struct DocumentParser {
    private var scanner: Scanner
    private var tree: TableTree

    init(text: String, file: String) {
        scanner = Scanner(text: text, file: file)
        tree = TableTree(location: scanner.location)
    }

    mutating func parse() throws(TOMLError) -> TOMLTable {
        while true {
            scanner.skipSpaces()
            guard let byte = scanner.peek() else { break }
            switch byte {
            case ASCII.hash:
                try scanner.skipComment()
            case ASCII.lineFeed, ASCII.carriageReturn:
                try scanner.consumeNewline()
            case ASCII.leftBracket:
                try parseHeader()
                try scanner.finishLine(after: "table header")
            default:
                try parseKeyValue()
                try scanner.finishLine(after: "value")
            }
        }
        return tree.build()
    }

    /// `[a.b]` or `[[a.b]]`; the brackets of `[[` and `]]` must be adjacent, whitespace around the key is allowed.
    private mutating func parseHeader() throws(TOMLError) {
        let start = scanner.location
        let isArray = scanner.peek(1) == ASCII.leftBracket
        scanner.advance(by: isArray ? 2 : 1)
        scanner.skipSpaces()
        let key = try scanner.parseKey()
        let closing: [UInt8] = isArray ? [ASCII.rightBracket, ASCII.rightBracket] : [ASCII.rightBracket]
        guard scanner.isLooking(at: closing) else {
            let expected = isArray ? "']]'" : "']'"
            throw scanner.error(
                .syntax, "expected \(expected) after table name '\(key.display)', found \(scanner.describeCurrent())")
        }
        scanner.advance(by: closing.count)
        if isArray {
            try tree.openTableArrayElement(key, header: start)
        } else {
            try tree.openTable(key, header: start)
        }
    }

    /// `key = value`.
    private mutating func parseKeyValue() throws(TOMLError) {
        let key = try scanner.parseKey()
        guard scanner.peek() == ASCII.equals else {
            throw scanner.error(.syntax, "expected '=' after key '\(key.display)', found \(scanner.describeCurrent())")
        }
        scanner.advance()
        scanner.skipSpaces()
        let value = try scanner.parseValue(path: tree.nodes[tree.current].path + key.map(\.name))
        try tree.setValue(value, for: key)
    }
}
