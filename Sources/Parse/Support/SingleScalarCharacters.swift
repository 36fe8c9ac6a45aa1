/// Whether a text's characters can be read scalar by scalar. Grapheme breaking (`Character` iteration, `Array(text)`,
/// `count`) over whole bodies cost more than the readers' own work, and nearly every page is Hangul, ASCII and common
/// punctuation, where each character is one scalar. A reader checks this once per text and then walks
/// `unicodeScalars` (or UTF-8) with offsets equal to character offsets; other texts keep the `Character` path.
extension StringProtocol {
    /// True when every character of the text is one Unicode scalar, except that `\r\n` is one character of two
    /// scalars (callers that count offsets treat that pair as one). Judged conservatively, by ranges whose scalars
    /// never join a neighbour into one grapheme (see `Unicode.Scalar.neverJoinsNeighbours`); a text with anything
    /// else (combining marks, emoji, decomposed Hangul jamo) answers false even when its characters happen to be
    /// single scalars.
    var hasSingleScalarCharacters: Bool {
        // From the UTF-8 in place where it can be read so: nearly every text of a page is asked this.
        let fromBytes = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    index += 1
                    continue
                }
                let (value, length) = ScalarBytes.decode(bytes, at: index)
                guard Unicode.Scalar.neverJoinsNeighbours(value) else { return false }
                index += length
            }
            return true
        }
        if let fromBytes { return fromBytes }
        for byte in utf8 where byte >= 0x80 {
            // Only texts with non-ASCII bytes need the scalar ranges; pure ASCII is judged by the loop alone.
            return unicodeScalars.allSatisfy(\.neverJoinsNeighbours)
        }
        return true
    }
}

extension StringProtocol {
    /// `hasSingleScalarCharacters` without the CR LF exception: every character is exactly one scalar, so character
    /// offsets are scalar offsets.
    var hasOneScalarPerCharacter: Bool {
        hasSingleScalarCharacters && !utf8.contains(0x0D)
    }
}

extension Unicode.Scalar {
    /// Scalars of grapheme-break classes Other, Control, CR, LF, LV and LVT (precomposed Hangul syllables): no
    /// grapheme rule joins two of them, except CR LF. Extend, ZWJ, SpacingMark, Prepend, Hangul jamo (L, V, T) and
    /// regional indicators are left out, as are whole blocks that contain any (combining diacritics, Indic scripts,
    /// emoji). Checked against the standard library's own breaking in `SingleScalarCharactersTests`.
    var neverJoinsNeighbours: Bool { Self.neverJoinsNeighbours(value) }

    /// `neverJoinsNeighbours` of the scalar with this value.
    static func neverJoinsNeighbours(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2000...0x200B, 0x200E...0x20CF, 0x2100...0x2BFF, 0x3000...0x3029, 0x3030...0x303F,
            0x3130...0x318F, 0x3200...0x33FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFEFF, 0xFF01...0xFF60,
            0xFFE0...0xFFEE:
            true
        default: false
        }
    }

    /// `Character.isWhitespace` of a one-scalar character, without the property tables.
    var isWhitespaceScalar: Bool { ScalarBytes.isWhitespace(value) }

    /// Unicode's control characters (general category Cc: C0, DEL and C1), listed rather than looked up.
    var isControlScalar: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// `Character.isNewline` of a character starting with this scalar (LF, VT, FF, CR, NEL, LS, PS).
    var isNewlineScalar: Bool { ScalarBytes.isNewline(value) }
}

extension StringProtocol {
    /// The text without its whitespace and without the characters of `others` (each of them one scalar). Scalar by
    /// scalar where each character is one: a `Character` filter grapheme-breaks the text, and labels, gaps between
    /// words and written numbers are compacted on every line of every page.
    func removingWhitespace(and others: String = "") -> String {
        if hasSingleScalarCharacters {
            let dropped = others.unicodeScalars.map(\.value)
            let fromBytes = utf8.withContiguousStorageIfAvailable { bytes in
                ScalarBytes.keeping(bytes) { !ScalarBytes.isWhitespace($0) && !dropped.contains($0) }
            }
            if let fromBytes { return fromBytes }
        }
        return String(filter { !$0.isWhitespace && !others.contains($0) })
    }

    /// The words of the text (split at whitespace) joined by single spaces: runs collapsed, ends trimmed. From the
    /// UTF-8 bytes where each character is one scalar (see `ScalarBytes.collapsed`).
    func collapsingWhitespace() -> String {
        if hasSingleScalarCharacters, let collapsed = utf8.withContiguousStorageIfAvailable(ScalarBytes.collapsed) {
            return collapsed
        }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    /// `prefix(count)`, counted scalar by scalar while each scalar is a character of its own (see
    /// `neverJoinsNeighbours`; a CR may pair with an LF, so a CR sends the count to characters), and by characters
    /// otherwise: taking a body's opening cost a grapheme walk over hundreds of characters.
    func characterPrefix(_ count: Int) -> Substring {
        let scalars = unicodeScalars
        var index = scalars.startIndex
        var taken = 0
        while taken < count, index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar.neverJoinsNeighbours, scalar != "\r" else { return prefix(count) }
            index = scalars.index(after: index)
            taken += 1
        }
        if index < scalars.endIndex, !scalars[index].neverJoinsNeighbours { return prefix(count) }
        return self[..<index]
    }
}
