extension TermIndex {
    /// A word of a keyword, normalized like program terms, with its dictionary parts counted from 0.
    struct QueryWord {
        var units: [UInt16]
        var parts: [WordAnalysis.Segment]
        var isHangul: Bool

        /// A word too common to match alone inside a phrase (`데이터` in `데이터 분석`).
        var isBroad: Bool { parts.count == 1 && parts[0].kind == .broad }
    }

    /// Indices into `vocabulary` of the terms `keyword` (a word or a short phrase such as `AI 기반 영상분석`)
    /// matches, ascending. Each word of a phrase matches on its own, except words too common to mean anything alone;
    /// the Hangul words of a phrase also match joined (`데이터 분석` as `데이터분석`).
    public func matches(_ keyword: String) -> [Int32] {
        let words = Self.queryWords(keyword)
        var found: [Int32] = []
        for word in words where words.count == 1 || !word.isBroad {
            match(word, into: &found)
            for synonym in TermSynonyms.synonyms(of: word.units) {
                for synonymWord in Self.queryWords(synonym) { match(synonymWord, into: &found) }
            }
        }
        let hangul = words.filter(\.isHangul)
        if hangul.count >= 2 {
            for joined in Self.queryWords(String(decoding: hangul.flatMap(\.units), as: UTF16.self)) {
                match(joined, into: &found)
            }
        }
        found.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(found.count)
        for id in found where unique.last != id { unique.append(id) }
        return unique
    }

    static func queryWords(_ text: String) -> [QueryWord] {
        let scanner = WordScanner(text)
        var analysis = WordAnalysis()
        var words: [QueryWord] = []
        KoreanTerms.forEachWord(scanner, &analysis) { units, range, parts in
            let shift = range.lowerBound
            let relative = parts.map {
                WordAnalysis.Segment(start: $0.start - shift, end: $0.end - shift, kind: $0.kind)
            }
            words.append(QueryWord(units: Array(units[range]), parts: relative, isHangul: !parts.isEmpty))
            return true
        }
        return words
    }

    private func match(_ word: QueryWord, into found: inout [Int32]) {
        let text = String(decoding: word.units, as: UTF16.self)
        if let id = exact[TermKey(text)] { found.append(id) }
        let length = word.units.count
        if word.isHangul {
            guard length >= 2 else { return }
            containing(word.units, into: &found)
            compoundParts(of: word, into: &found)
            if length >= 3 { similar(to: word.units, into: &found) }
        } else if length >= 5 {
            similar(to: word.units, into: &found)
        }
    }

    /// Terms that contain `word` as whole dictionary parts: `양자암호` in `양자암호통신` (boundaries at 0 and 4), never
    /// `암호` in a run the dictionary does not cut there.
    private func containing(_ word: [UInt16], into found: inout [Int32]) {
        guard let candidates = termsWithAllBigrams(of: word) else { return }
        let length = word.count
        for id in candidates {
            let term = termUnits(id)
            guard term.count >= length else { continue }
            let mask = boundaries[Int(id)]
            let base = term.startIndex
            for position in 0...(term.count - length)
            where mask & (1 << UInt64(position)) != 0 && mask & (1 << UInt64(position + length)) != 0 {
                if term[(base + position)..<(base + position + length)].elementsEqual(word) {
                    found.append(id)
                    break
                }
            }
        }
    }

    /// The terms containing every bigram of `word`: intersection of its posting lists, shortest first.
    private func termsWithAllBigrams(of word: [UInt16]) -> [Int32]? {
        var lists: [[Int32]] = []
        for position in 0..<(word.count - 1) {
            guard let list = postings[Self.bigram(word[position], word[position + 1])] else { return nil }
            lists.append(list)
        }
        lists.sort { $0.count < $1.count }
        var result = lists[0]
        for list in lists.dropFirst() {
            result = Self.intersect(result, list)
            if result.isEmpty { break }
        }
        return result
    }

    /// The intersection of two ascending lists, walking the shorter and searching the longer.
    static func intersect(_ short: [Int32], _ long: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var low = 0
        for id in short {
            var high = long.count
            while low < high {
                let middle = (low + high) / 2
                if long[middle] < id { low = middle + 1 } else { high = middle }
            }
            if low == long.count { break }
            if long[low] == id { result.append(id) }
        }
        return result
    }

    /// Terms that are a run of the keyword's parts: of three syllables or more, or of two parts or more, and neither
    /// generic nor too common alone (`양식장` for `스마트양식장`, `인공지능` for `인공지능반도체`, never `스마트`).
    private func compoundParts(of word: QueryWord, into found: inout [Int32]) {
        let parts = word.parts
        guard parts.count >= 2 else { return }
        for first in parts.indices {
            for last in first..<parts.count where !(first == 0 && last == parts.count - 1) {
                let run = parts[first...last]
                guard run.first!.kind != .generic, run.last!.kind != .generic else { continue }
                let start = run.first!.start
                let end = run.last!.end
                if first == last && (end - start < 3 || run.first!.kind == .broad) { continue }
                if let id = exact[TermKey(String(decoding: word.units[start..<end], as: UTF16.self))] {
                    found.append(id)
                }
            }
        }
    }
}
