/// Words whose presence a reader checks before reading a text closely (organization words, region names …). Most
/// lines of a page have none, so the check runs on every line and must be cheap: one pass over the text's scalars
/// looking up pairs of syllables, then an exact search only when a pair of some word's first two syllables is seen.
struct CueWords: Sendable {
    let words: [String]
    private let openingPairs: Set<UInt64>
    private let singles: [String]

    init(_ words: [String]) {
        self.words = words
        var pairs = Set<UInt64>()
        var singles: [String] = []
        for word in words {
            let scalars = Array(word.unicodeScalars)
            if scalars.count >= 2 {
                pairs.insert(Self.pair(scalars[0], scalars[1]))
            } else {
                singles.append(word)
            }
        }
        self.openingPairs = pairs
        self.singles = singles
    }

    /// Whether one of the words occurs in `text`.
    func occur(in text: some StringProtocol) -> Bool {
        if singles.contains(where: { text.containsText($0) }) { return true }
        var previous: Unicode.Scalar?
        var seen = false
        for scalar in text.unicodeScalars {
            if let previous, openingPairs.contains(Self.pair(previous, scalar)) {
                seen = true
                break
            }
            previous = scalar
        }
        return seen && words.contains { text.containsText($0) }
    }

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
