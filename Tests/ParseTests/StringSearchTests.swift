import Testing

@testable import Parse

/// The byte searches readers gate their work on (`containsText`, `CueWords`), held to plain definitions over texts
/// built from the words' own syllables, so that near misses (a word's first or last byte without the rest) abound.
struct StringSearchTests {
    /// Syllables of the cue words below, their neighbours in UTF-8 (같은 first byte, other last bytes), spaces and
    /// ASCII.
    static let alphabet: [String] = ["기", "업", "대", "학", "창", "설", "립", "긱", "겁", "갑", "법", " ", "a", "·", "\n"]
    static let words = ["기업", "대학", "창업", "설립", "업", "a기"]

    /// Deterministic texts of up to 12 pieces of the alphabet.
    static func texts(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(13)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    }

    /// Whether the UTF-8 of `word` occurs in that of `text`, the slow way.
    static func byteSearch(_ word: String, in text: String) -> Bool {
        let haystack = Array(text.utf8)
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }

    @Test func containsTextIsByteSearch() {
        var found = 0
        for text in Self.texts(count: 4_000) {
            for word in Self.words + ["", "업기", "기업기"] {
                let expected = Self.byteSearch(word, in: text)
                #expect(text.containsText(word) == expected, "\(word) in \(text)")
                #expect(Substring(text).containsText(Substring(word)) == expected, "\(word) in \(text)")
                if expected { found += 1 }
            }
        }
        #expect(found > 1_000)
    }

    @Test func cueWordsOccurWhereAWordDoes() {
        let withSingle = CueWords(Self.words)
        let pairsOnly = CueWords(["기업", "대학", "창업", "설립"])
        var hits = 0
        for text in Self.texts(count: 4_000) {
            let any = Self.words.contains { Self.byteSearch($0, in: text) }
            let anyPair = pairsOnly.words.contains { Self.byteSearch($0, in: text) }
            #expect(withSingle.occur(in: text) == any, "\(text)")
            #expect(pairsOnly.occur(in: text) == anyPair, "\(text)")
            if anyPair { hits += 1 }
        }
        #expect(hits > 200)
    }
}
