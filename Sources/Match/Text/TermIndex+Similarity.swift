extension TermIndex {
    /// Terms of three syllables (or, Latin, five letters) or more whose bigram Dice coefficient with `word` reaches
    /// the threshold. Candidates come from the rarest posting lists only: a term sharing enough bigrams must appear
    /// in one of the `count - needed + 1` rarest (prefix filtering); a term too short or too long to reach the
    /// threshold is skipped before its bigrams are counted.
    func similar(to word: [UInt16], into found: inout [Int32]) {
        var bigrams: [UInt32] = []
        for position in 0..<(word.count - 1) {
            let bigram = Self.bigram(word[position], word[position + 1])
            if !bigrams.contains(bigram) { bigrams.append(bigram) }
        }
        let threshold = Self.similarityThreshold
        let count = Double(bigrams.count)
        let fewestOther = Int((count * threshold / (2 - threshold)).rounded(.up))
        let mostOther = Int((count * (2 - threshold) / threshold).rounded(.down))
        let needed = Int((threshold * (count + Double(fewestOther)) / 2).rounded(.up))
        var lists = bigrams.map { postings[$0] ?? [] }
        lists.sort { $0.count < $1.count }
        var candidates: [Int32] = []
        for list in lists.prefix(max(1, bigrams.count - needed + 1)) {
            candidates = candidates.isEmpty ? list : Self.union(candidates, list)
        }
        let minimumLength = max(word.allSatisfy(Hangul.isSyllable) ? 3 : 5, fewestOther + 1)
        for id in candidates {
            let term = termUnits(id)
            // A term of n units has at most n - 1 distinct bigrams, and repeats are rare: 2 × the most is safe.
            guard term.count >= minimumLength, term.count - 1 <= 2 * mostOther else { continue }
            if Self.dice(bigrams, term) >= threshold { found.append(id) }
        }
    }

    /// The union of two ascending lists, ascending and without repeats.
    static func union(_ left: [Int32], _ right: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(left.count + right.count)
        var (i, j) = (0, 0)
        while i < left.count || j < right.count {
            if j == right.count || (i < left.count && left[i] < right[j]) {
                result.append(left[i])
                i += 1
            } else if i == left.count || right[j] < left[i] {
                result.append(right[j])
                j += 1
            } else {
                result.append(left[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// The Dice coefficient of the distinct bigrams `bigrams` and those of `term`, counted without allocating.
    static func dice(_ bigrams: [UInt32], _ term: ArraySlice<UInt16>) -> Double {
        var distinct = 0
        var shared = 0
        var position = term.startIndex
        while position + 1 < term.endIndex {
            let bigram = bigram(term[position], term[position + 1])
            var repeated = false
            var earlier = term.startIndex
            while earlier < position {
                if Self.bigram(term[earlier], term[earlier + 1]) == bigram {
                    repeated = true
                    break
                }
                earlier += 1
            }
            if !repeated {
                distinct += 1
                if bigrams.contains(bigram) { shared += 1 }
            }
            position += 1
        }
        guard distinct > 0 else { return 0 }
        return 2 * Double(shared) / Double(bigrams.count + distinct)
    }
}
