/// Finds which terms of a vocabulary a keyword matches, built once per match run over every program term so that a
/// few thousand organization keywords are matched without scanning the vocabulary: an index from character bigrams
/// to the terms containing them, and each term's dictionary-part boundaries.
///
/// A keyword matches a term when it is the same word (or a synonym: `AI` and `인공지능`); when the term is a compound
/// that contains the keyword as whole parts (`양자암호` in `양자암호통신`, never `암` in `암호`); when the term is a
/// compound part of the keyword of three syllables or more (`양식장` for `스마트양식장`); or, for words of three
/// syllables or more, when their bigram similarity (Dice) reaches `similarityThreshold` (`영상분석` and
/// `영상분석기`). A one-syllable keyword matches only the same one-syllable term.
public struct TermIndex: Sendable {
    public let vocabulary: [String]
    /// Each term's first index.
    let exact: [TermKey: Int32]
    /// The code units of every term, one after another; term `i` is `units[offsets[i]..<offsets[i + 1]]`.
    let units: [UInt16]
    let offsets: [Int32]
    /// Per term, bit `k` set when a dictionary part begins or ends at unit `k` (bits 0 and the length always).
    let boundaries: [UInt64]
    /// Bigram (`first << 16 | second`) → the terms containing it, ascending.
    let postings: [UInt32: [Int32]]

    /// Dice coefficient over character bigrams from which two words of three syllables or more match.
    static let similarityThreshold = 0.7

    public init(vocabulary: [String]) {
        self.vocabulary = vocabulary
        var exact: [TermKey: Int32] = [:]
        exact.reserveCapacity(vocabulary.count)
        var units: [UInt16] = []
        units.reserveCapacity(vocabulary.count * 4)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(vocabulary.count + 1)
        var boundaries: [UInt64] = []
        boundaries.reserveCapacity(vocabulary.count)
        var postings: [UInt32: [Int32]] = [:]
        var analysis = WordAnalysis()
        for (index, term) in vocabulary.enumerated() {
            let id = Int32(index)
            if exact[TermKey(term)] == nil { exact[TermKey(term)] = id }
            let start = units.count
            units.append(contentsOf: term.utf16)
            let end = units.count
            offsets.append(Int32(end))
            boundaries.append(Self.boundaries(of: units, start..<end, &analysis))
            var position = start
            while position + 1 < end {
                postings[Self.bigram(units[position], units[position + 1]), default: []].appendUnlessLast(id)
                position += 1
            }
        }
        self.exact = exact
        self.units = units
        self.offsets = offsets
        self.boundaries = boundaries
        self.postings = postings
    }

    static func bigram(_ first: UInt16, _ second: UInt16) -> UInt32 { UInt32(first) << 16 | UInt32(second) }

    /// The part boundaries of a Hangul term as a bit mask; a Latin or mixed term has only its two ends.
    private static func boundaries(of units: [UInt16], _ range: Range<Int>, _ analysis: inout WordAnalysis) -> UInt64 {
        let length = range.count
        guard length < 64 else { return 1 }
        var mask: UInt64 = 1 | 1 << UInt64(length)
        guard units[range].allSatisfy(Hangul.isSyllable) else { return mask }
        analysis.segment(units, range)
        for segment in analysis.segments { mask |= 1 << UInt64(segment.start - range.lowerBound) }
        return mask
    }

    func termUnits(_ id: Int32) -> ArraySlice<UInt16> { units[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])] }
}

extension Array where Element == Int32 {
    /// Appends `id` unless it is already the last element (a term with a repeated bigram is listed once).
    fileprivate mutating func appendUnlessLast(_ id: Int32) {
        if last != id { append(id) }
    }
}
