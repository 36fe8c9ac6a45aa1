/// The clause split of `clauses(of:scope:)` read from UTF-8 bytes, for texts whose characters are single scalars.
///
/// Splitting every body into lines and pieces through `Substring.UnicodeScalarView`, then collapsing each piece with
/// `split` and `joined`, cost more than reading the clauses: index validation on every scalar and an array of
/// substrings per piece. The rules are those of `pieces(of:)` and the `Character` path, on byte offsets (the tests
/// hold the two paths to the same clauses over every golden page).
extension EligibilityText {
    /// The pieces of `bytes` (valid UTF-8 of single-scalar characters), each with its whitespace collapsed to single
    /// spaces and trimmed; empty pieces left out.
    static func collapsedPieces(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var pieces: [String] = []
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            let (value, length) = index < bytes.count ? ScalarBytes.decode(bytes, at: index) : (0x0A, 1)
            if ScalarBytes.isNewline(value) {
                if index > lineStart { appendPieces(of: lineStart..<index, in: bytes, to: &pieces) }
                lineStart = index + length
            }
            index += length
        }
        return pieces
    }

    /// `pieces(of:)` on the line `line`: cut before bullets and numbered items that follow whitespace, and after a
    /// sentence's full stop that whitespace follows.
    private static func appendPieces(
        of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, to pieces: inout [String]
    ) {
        var start = line.lowerBound
        var index = line.lowerBound
        var previous: UInt32 = 0x20
        while index < line.upperBound {
            let (scalar, length) = ScalarBytes.decode(bytes, at: index)
            let next = index + length
            if ScalarBytes.isWhitespace(previous), index != start,
                isCutScalar(scalar)
                    || ((0x30...0x39).contains(scalar) && startsNumberedItem(bytes, at: index, end: line.upperBound))
            {
                appendCollapsed(start..<index, in: bytes, to: &pieces)
                start = index
            }
            if scalar == 0x2E, sentenceEndValues.contains(previous), next < line.upperBound,
                ScalarBytes.isWhitespace(ScalarBytes.decode(bytes, at: next).value)
            {
                appendCollapsed(start..<next, in: bytes, to: &pieces)
                start = next
            }
            previous = scalar
            index = next
        }
        appendCollapsed(start..<line.upperBound, in: bytes, to: &pieces)
    }

    /// The piece's bytes with each whitespace run as one space, ends trimmed; nothing when only whitespace.
    private static func appendCollapsed(
        _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, to pieces: inout [String]
    ) {
        let collapsed = ScalarBytes.collapsed(UnsafeBufferPointer(rebasing: bytes[range]))
        if !collapsed.isEmpty { pieces.append(collapsed) }
    }

    /// `startsNumberedItem(_:)` at a byte offset: one or two ASCII digits, `.` or `)`, whitespace, then a character
    /// that is neither a number nor `(`.
    private static func startsNumberedItem(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        var index = start
        while index < end, (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard (1...2).contains(index - start), index < end, bytes[index] == 0x2E || bytes[index] == 0x29 else {
            return false
        }
        index += 1
        guard index < end, ScalarBytes.isWhitespace(ScalarBytes.decode(bytes, at: index).value) else { return false }
        while index < end {
            let (value, length) = ScalarBytes.decode(bytes, at: index)
            if !ScalarBytes.isWhitespace(value) {
                guard let letter = Unicode.Scalar(value) else { return false }
                return letter.properties.numericType == nil && letter != "("
            }
            index += length
        }
        return false
    }

    private static func isCutScalar(_ value: UInt32) -> Bool {
        // Every cut scalar is a symbol above U+2000: most scalars after a space (syllables, ASCII) are answered here.
        guard (cutScalarRange).contains(value), let scalar = Unicode.Scalar(value) else { return false }
        return cutScalars.contains(scalar)
    }

    private static let cutScalarRange = (cutScalars.map(\.value).min() ?? 0)...(cutScalars.map(\.value).max() ?? 0)

    private static let sentenceEndValues = Set(sentenceEnds.map(\.value))
}
