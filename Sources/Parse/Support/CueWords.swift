/// Words whose presence a reader checks before reading a text closely (organization words, region names …). Most
/// lines of a page have none, so the check runs on every line and must be cheap: one pass over the text's scalars
/// looking up pairs of syllables, then an exact search only when a pair of some word's first two syllables is seen.
struct CueWords: Sendable {
    let words: [String]
    private let openingPairs: Set<UInt64>
    /// A bit per opening scalar (by its value modulo 4096): hashing every pair of a text cost more than the rest of
    /// the check, and a scalar whose bit is clear opens no pair, so its pair is never looked up.
    private let openingBits: [UInt64]
    private let singles: [String]

    init(_ words: [String]) {
        self.words = words
        var pairs = Set<UInt64>()
        var bits = [UInt64](repeating: 0, count: 64)
        var singles: [String] = []
        for word in words {
            let scalars = Array(word.unicodeScalars)
            if scalars.count >= 2 {
                pairs.insert(Self.pair(scalars[0], scalars[1]))
                bits[Self.bitWord(scalars[0])] |= Self.bit(scalars[0])
            } else {
                singles.append(word)
            }
        }
        self.openingPairs = pairs
        self.openingBits = bits
        self.singles = singles
    }

    /// Whether one of the words occurs in `text`.
    func occur(in text: some StringProtocol) -> Bool {
        if singles.contains(where: { text.containsText($0) }) { return true }
        var previous: Unicode.Scalar?
        var seen = false
        for scalar in text.unicodeScalars {
            if let previous, openingBits[Self.bitWord(previous)] & Self.bit(previous) != 0,
                openingPairs.contains(Self.pair(previous, scalar))
            {
                seen = true
                break
            }
            previous = scalar
        }
        return seen && words.contains { text.containsText($0) }
    }

    private static func bitWord(_ scalar: Unicode.Scalar) -> Int {
        Int(scalar.value & 0xFFF) >> 6
    }

    private static func bit(_ scalar: Unicode.Scalar) -> UInt64 {
        1 << UInt64(scalar.value & 0x3F)
    }

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
