/// Foundation's `trimmingCharacters(in:)` without the trip through `NSString`: on Linux that bridging cost more than
/// the rest of reading a list row, and every field of every row is trimmed.
extension StringProtocol {
    /// Like `trimmingSpaces()`: spaces (Unicode Zs) and tabs off both ends.
    func trimmingSpaces() -> String {
        trimming(Self.isSpace)
    }

    /// Like `trimmingSpacesAndNewlines()`: spaces, tabs, line and paragraph breaks off both ends.
    func trimmingSpacesAndNewlines() -> String {
        trimming { Self.isSpace($0) || $0.isNewlineScalar }
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }

}

extension StringProtocol {
    /// Whether the text contains `word`, compared byte for byte. A plain `contains` resolves to Foundation's
    /// locale-aware search wherever Foundation is imported, and the standard library's generic `firstRange(of:)` is
    /// little faster; the texts are composed (see `String.precomposed`), so equal words have equal bytes.
    func containsText(_ word: some StringProtocol) -> Bool {
        byteOffset(of: word) != nil
    }

    /// The range of the first `word` in the text, found byte for byte (see `containsText`).
    func rangeOfText(_ word: some StringProtocol) -> Range<Index>? {
        guard let offset = byteOffset(of: word) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: word.utf8.count)
    }

    /// Readers search short texts for dozens of words each, so neither the word nor the text is copied when their
    /// bytes can be read in place (native strings and substrings, small strings).
    private func byteOffset(of word: some StringProtocol) -> Int? {
        // nil when either could not be read in place; else the search's answer.
        let inPlace: Int?? =
            word.utf8.withContiguousStorageIfAvailable { needle in
                utf8.withContiguousStorageIfAvailable { Self.offset(of: needle, in: $0) }
            } ?? nil
        if let inPlace { return inPlace }
        let needle = Array(word.utf8)
        return needle.withUnsafeBufferPointer { needle in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.offset(of: needle, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.offset(of: needle, in: $0) }
        }
    }

    /// Where `word` starts in the text, byte offsets of every occurrence (overlapping ones too), in order.
    func byteOffsets(of word: String) -> [Int] {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return [] }
        func all(_ haystack: UnsafeBufferPointer<UInt8>) -> [Int] {
            needle.withUnsafeBufferPointer { needle in
                var offsets: [Int] = []
                var from = 0
                while let found = Self.offset(of: needle, in: haystack, from: from) {
                    offsets.append(found)
                    from = found + 1
                }
                return offsets
            }
        }
        return utf8.withContiguousStorageIfAvailable(all) ?? Array(utf8).withUnsafeBufferPointer(all)
    }

    private static func offset(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0
    ) -> Int? {
        guard let first = needle.first, let last = needle.last else { return from }
        guard haystack.count - from >= needle.count else { return nil }
        // The last byte is checked with the first: a Hangul word's first byte (0xEA–0xED) opens nearly every
        // syllable of a Korean text, its last byte few.
        let lastOffset = needle.count - 1
        for start in from...(haystack.count - needle.count)
        where haystack[start] == first && haystack[start + lastOffset] == last {
            var matched = 1
            while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return start }
        }
        return nil
    }

    /// With every `&amp;` as `&`: links copied out of markup keep the escape.
    func unescapingAmpersands() -> String {
        guard containsText("&amp;") else { return String(self) }
        return String(self).replacing("&amp;", with: "&")
    }
}
