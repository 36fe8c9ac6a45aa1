/// One Hangul word taken apart: the particle after it stripped (`치매의` → `치매`), cut into dictionary parts
/// (`양자암호통신` → `양자` `암호` `통신`), and generic words cut from its end (`치매극복연구개발사업` → `치매극복`).
struct WordAnalysis {
    /// A run of a word's units: a dictionary word, or syllables no word covers.
    struct Segment: Equatable {
        var start: Int
        var end: Int
        var kind: MorphemeDictionary.Kind
        var length: Int { end - start }
    }

    /// The parts of the word as it stands after stripping, covering `start..<end` of the scanned units.
    private(set) var segments: [Segment] = []

    /// Reusable across words: analysis of a body allocates once.
    init() { segments.reserveCapacity(16) }

    /// Analyzes `units[range]`; returns the range left (nil when nothing is: a generic word, a verb, a particle, or
    /// a lone syllable that is not one of the one-syllable nouns).
    mutating func analyze(_ units: [UInt16], _ range: Range<Int>) -> Range<Int>? {
        segment(units, range)
        if let last = segments.last, last.kind == .unknown, range.count >= 2,
            KoreanParticles.verbalEndings.contains(
                UInt32(units[range.upperBound - 2]) << 16 | UInt32(units[range.upperBound - 1]))
        {
            return nil  // `접수합니다`, `위한`: a verb or adjective
        }
        stripParticle(units, range)
        while let last = segments.last {
            if last.kind == .generic {
                segments.removeLast()
            } else if last.kind == .unknown, last.length == 1, segments.count >= 2,
                segments[segments.count - 2].kind == .generic
            {
                segments.removeLast(2)  // `기술적`, `사업화형`: a suffix on a generic word
            } else {
                break
            }
        }
        guard let first = segments.first, let last = segments.last else { return nil }
        if last.end - first.start == 1, !MorphemeDictionary.singleSyllableNouns.contains(UInt32(units[first.start])) {
            return nil
        }
        return first.start..<last.end
    }

    /// Cuts `units[range]` at the longest dictionary word at each position; syllables between words form unknown
    /// runs (`치매극복` with `극복` unknown is `치매` + `극복`; `달성군` is one run).
    mutating func segment(_ units: [UInt16], _ range: Range<Int>) {
        segments.removeAll(keepingCapacity: true)
        var unknownStart: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = MorphemeDictionary.trie.longestMatch(in: units, from: index, to: range.upperBound) {
                if let start = unknownStart { segments.append(Segment(start: start, end: index, kind: .unknown)) }
                unknownStart = nil
                segments.append(Segment(start: index, end: index + match.length, kind: match.kind))
                index += match.length
            } else {
                if unknownStart == nil { unknownStart = index }
                index += 1
            }
        }
        if let start = unknownStart { segments.append(Segment(start: start, end: range.upperBound, kind: .unknown)) }
    }

    /// Strips one particle from the end when the syllables it is made of are not part of a dictionary word
    /// (`디스플레이` keeps its `이`, `연구성과` its `과`). A particle that also ends common nouns (`이`, `가`, `과`, `도`
    /// …) is stripped only after a dictionary word (`기업이`, `치매의`), never from an unknown run (`재평가`).
    private mutating func stripParticle(_ units: [UInt16], _ range: Range<Int>) {
        guard let last = segments.last, last.kind == .unknown, range.count >= 2,
            let candidates = KoreanParticles.endingIn(units[range.upperBound - 1])
        else { return }
        for particle in candidates where particle.units.count < range.count {
            let cut = range.upperBound - particle.units.count
            guard units[cut..<range.upperBound].elementsEqual(particle.units), last.start <= cut else { continue }
            let stem = cut - range.lowerBound
            let singleNoun =
                stem == 1 && MorphemeDictionary.singleSyllableNouns.contains(UInt32(units[range.lowerBound]))
            guard stem >= 2 || singleNoun else { return }
            if last.start == cut {
                let afterWord = segments.count >= 2 && segments[segments.count - 2].kind != .unknown
                guard !particle.isRisky || afterWord || singleNoun else { return }
                segments.removeLast()
            } else {
                guard !particle.isRisky || singleNoun else { return }
                segments[segments.count - 1].end = cut
            }
            return
        }
    }
}
