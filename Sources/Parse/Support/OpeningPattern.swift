/// A regular expression every match of which opens with one of a few words, tried only where one of them occurs.
///
/// `Regex` searches by trying the pattern at every character of the text, and the eligibility reader runs its
/// patterns over many clauses where the words they need appear once or not at all. On a text whose characters are
/// single scalars the opening words are found byte for byte (composed syllables have no other spelling) and the
/// pattern is matched only from those places; the matches are those `matches(of:)` finds, since a match can start
/// nowhere else and the patterns look neither behind nor at the text's ends. Other texts go to the regex whole. Tests
/// hold every pattern to its plain regex over the golden pages.
struct OpeningPattern: @unchecked Sendable {
    // @unchecked: `Regex` is not `Sendable`, but a regex is never mutated once built and publishes its compiled
    // program atomically (see `EligibilityPatterns`), so sharing one across threads is safe.
    let regex: Regex<Substring>
    let openings: [String]

    init(_ regex: Regex<Substring>, openings: [String]) {
        self.regex = regex
        self.openings = openings
    }

    /// The matches in text order, not overlapping.
    func ranges(in text: String) -> [Range<String.Index>] {
        guard text.hasSingleScalarCharacters else { return text.matches(of: regex).map(\.range) }
        var ranges: [Range<String.Index>] = []
        var searchFrom = text.startIndex
        for start in starts(in: text) where start >= searchFrom {
            guard let match = text[start...].prefixMatch(of: regex) else { continue }
            ranges.append(match.range)
            searchFrom = match.range.upperBound
        }
        return ranges
    }

    /// Whether the pattern matches anywhere in `text`. `singleScalar`: `text.hasSingleScalarCharacters`, when the
    /// caller already knows it (a clause tried against a dozen patterns).
    func occurs(in text: String, singleScalar: Bool? = nil) -> Bool {
        guard singleScalar ?? text.hasSingleScalarCharacters else { return text.contains(regex) }
        return starts(in: text).contains { text[$0...].prefixMatch(of: regex) != nil }
    }

    /// Where an opening word starts, in text order.
    private func starts(in text: String) -> [String.Index] {
        var offsets: [Int] = []
        for opening in openings {
            offsets += text.byteOffsets(of: opening)
        }
        offsets.sort()
        let utf8 = text.utf8
        return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
