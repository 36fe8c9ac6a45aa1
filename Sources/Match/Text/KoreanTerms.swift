/// Normalized terms of Korean/English text, the unit every keyword comparison of the matcher works on: tokens split
/// on non-word characters, particles stripped, compounds cut into their dictionary parts (`양자암호통신` → the word
/// and `양자`, `암호`, `통신`), Latin lowercased, generic words (`기술`, `개발`, `연구`, `사업` …) dropped. No term is
/// ever a substring that is not a dictionary part: `암` is never found in `암호`, nor `달` in `달성군`.
public enum KoreanTerms {
    /// The terms of `text`, deduplicated, in order of first appearance.
    public static func terms(in text: String) -> [String] {
        var collector = TermCollector(limit: .max)
        collect(text, into: &collector)
        return collector.terms
    }

    /// Adds the terms of `text` (its first `scalarLimit` Unicode scalars) to `collector`, until its limit.
    static func collect(_ text: String, into collector: inout TermCollector, scalarLimit: Int = .max) {
        let scanner = WordScanner(text, limit: scalarLimit)
        var analysis = WordAnalysis()
        forEachWord(scanner, &analysis) { units, range, parts in
            collector.add(units, range)
            for (index, part) in parts.enumerated() where part.kind != .generic {
                if part.length >= 2, part.start..<part.end != range { collector.add(units, part.start..<part.end) }
                // A word with a one-syllable suffix is a part too: `양식장` in `스마트양식장`, `조선소` in `조선소용`.
                guard part.kind != .unknown, index + 1 < parts.count else { continue }
                let next = parts[index + 1]
                if next.kind == .unknown, next.length == 1, part.start..<next.end != range {
                    collector.add(units, part.start..<next.end)
                }
            }
            return !collector.isFull
        }
    }

    /// Calls `body` with each word of `scanner` that is a term: its units, its normalized range and, for a Hangul
    /// word, its dictionary parts (empty for Latin). `body` returns false to stop.
    static func forEachWord(
        _ scanner: WordScanner, _ analysis: inout WordAnalysis,
        _ body: (_ units: [UInt16], _ range: Range<Int>, _ parts: [WordAnalysis.Segment]) -> Bool
    ) {
        let units = scanner.units
        let words = scanner.words
        for index in words.indices {
            let word = words[index]
            switch word.script {
            case .latin:
                guard !word.isNumber, word.range.count >= 2, !LatinStopWords.contains(units, word.range) else {
                    continue
                }
                if !body(units, word.range, []) { return }
            case .hangul:
                guard let range = analysis.analyze(units, word.range),
                    !AmbiguousWords.isNonTerm(units, range, in: scanner, at: index)
                else { continue }
                if !body(units, range, analysis.segments) { return }
            }
        }
    }
}
