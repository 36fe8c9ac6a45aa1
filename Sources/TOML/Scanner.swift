/// A cursor over the document's UTF-8 bytes that tracks line and column as it moves, so every token and error knows
/// where it was written without re-counting from the start of the file.
struct Scanner {
    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0
    private(set) var line = 1
    /// Counted in Unicode scalars: only the first byte of a UTF-8 sequence moves it.
    private(set) var column = 1

    init(text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
        // A UTF-8 byte-order mark (as some Windows editors write) is not part of the document.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    var isAtEnd: Bool { offset >= bytes.count }

    var location: TOMLLocation { TOMLLocation(file: file, line: line, column: column) }

    /// The byte `ahead` bytes after the cursor, or `nil` past the end.
    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = offset + ahead
        return index < bytes.count ? bytes[index] : nil
    }

    /// Whether the bytes at the cursor are `prefix` (e.g. the three quotes opening a multi-line string).
    func isLooking(at prefix: [UInt8]) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        return bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    mutating func advance(by count: Int = 1) {
        for _ in 0..<count where offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == ASCII.lineFeed {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    /// The text of `bytes[range]`; the document came from a `String`, and tokens are split only at ASCII bytes, so
    /// the slice is always valid UTF-8.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    func error(_ code: TOMLError.Code, _ message: String, at location: TOMLLocation? = nil) -> TOMLError {
        TOMLError(code, at: location ?? self.location, message)
    }
}
