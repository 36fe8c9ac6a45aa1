/// Words whose presence a reader checks before reading a text closely (organization words, region names …). Most
/// lines of a page have none, so the check runs on every line and must be cheap: one pass over the text's UTF-8
/// looking up pairs of syllables, comparing only where a pair opens some word, with the words it opens.
struct CueWords: Sendable {
    let words: [String]
    /// The words of two scalars or more by their opening pair, as bytes: a pair seen in a text is followed up only
    /// with the words it opens, at that place.
    private let wordsByPair: [UInt64: [[UInt8]]]
    /// A bit per opening scalar (by its value modulo 4096): hashing every pair of a text cost more than the rest of
    /// the check, and a scalar whose bit is clear opens no pair, so its pair is never looked up.
    private let openingBits: [UInt64]
    private let singles: [String]

    init(_ words: [String]) {
        self.words = words
        var byPair: [UInt64: [[UInt8]]] = [:]
        var bits = [UInt64](repeating: 0, count: 64)
        var singles: [String] = []
        for word in words {
            let scalars = Array(word.unicodeScalars)
            if scalars.count >= 2 {
                byPair[Self.pair(scalars[0].value, scalars[1].value), default: []].append(Array(word.utf8))
                bits[Self.bitWord(scalars[0].value)] |= Self.bit(scalars[0].value)
            } else {
                singles.append(word)
            }
        }
        self.wordsByPair = byPair
        self.openingBits = bits
        self.singles = singles
    }

    /// Whether one of the words occurs in `text`.
    func occur(in text: some StringProtocol) -> Bool {
        if singles.contains(where: { text.containsText($0) }) { return true }
        // A text that cannot be read in place (a bridged string) is searched word by word: same answer, rarely asked.
        return text.utf8.withContiguousStorageIfAvailable(occur(inUTF8:)) ?? words.contains { text.containsText($0) }
    }

    /// One pass over the bytes: at each adjacent pair of scalars that opens a word, whether one of the words it
    /// opens is written from there (every occurrence of a word of two scalars or more starts at such a pair).
    private func occur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (value: UInt32, offset: Int)?
        var offset = 0
        while offset < bytes.count {
            let (value, length) = ScalarBytes.decode(bytes, at: offset)
            if let (first, start) = previous, openingBits[Self.bitWord(first)] & Self.bit(first) != 0,
                let candidates = wordsByPair[Self.pair(first, value)]
            {
                for word in candidates where start + word.count <= bytes.count {
                    if bytes[start..<start + word.count].elementsEqual(word) { return true }
                }
            }
            previous = (value, offset)
            offset += length
        }
        return false
    }

    private static func bitWord(_ value: UInt32) -> Int {
        Int(value & 0xFFF) >> 6
    }

    private static func bit(_ value: UInt32) -> UInt64 {
        1 << UInt64(value & 0x3F)
    }

    private static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }
}
