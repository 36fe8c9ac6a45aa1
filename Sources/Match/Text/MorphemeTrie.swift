/// The compound dictionary as a trie over UTF-16 code units (every Hangul syllable is one unit), so finding the
/// longest word at a position costs one hash lookup per syllable and never builds a `String`: it runs for every word
/// of every program body.
struct MorphemeTrie: Sendable {
    /// Child of a node for a code unit, keyed `node << 16 | unit`.
    private var children = TrieEdges()
    /// The kind of word ending at each node (`.unknown` where none ends).
    private var kinds: [MorphemeDictionary.Kind] = [.unknown]

    /// A trie of `words` (a word listed twice keeps the later kind) and of those `keywords` no word of `words`
    /// already covers a syllable of, so `스마트양식` stays `스마트` + `양식` rather than becoming a word of its own.
    /// One-syllable words are never added: a compound is never cut into a one-syllable part.
    init(words: [(String, MorphemeDictionary.Kind)], keywords: [String]) {
        for (word, kind) in words where word.utf16.count >= 2 { insert(Array(word.utf16), kind) }
        for keyword in keywords where keyword.utf16.count >= 2 {
            let units = Array(keyword.utf16)
            let covered = (0..<units.count).contains { longestMatch(in: units, from: $0, to: units.count) != nil }
            if !covered { insert(units, .morpheme) }
        }
    }

    private mutating func insert(_ units: [UInt16], _ kind: MorphemeDictionary.Kind) {
        var node: Int32 = 0
        for unit in units {
            let key = UInt64(node) << 16 | UInt64(unit)
            if let child = children.child(key) {
                node = child
            } else {
                let child = Int32(kinds.count)
                kinds.append(.unknown)
                children.insert(key, child)
                node = child
            }
        }
        kinds[Int(node)] = kind
    }

    /// The longest word of `units[start..<end]` starting at `start`: its length and kind, nil when none starts there.
    func longestMatch(in units: [UInt16], from start: Int, to end: Int) -> (length: Int, kind: MorphemeDictionary.Kind)?
    {
        var node: Int32 = 0
        var best: (length: Int, kind: MorphemeDictionary.Kind)?
        var index = start
        while index < end, let child = children.child(UInt64(node) << 16 | UInt64(units[index])) {
            node = child
            index += 1
            let kind = kinds[Int(node)]
            if kind != .unknown { best = (index - start, kind) }
        }
        return best
    }

    /// The kind of the word `units[start..<end]` exactly, `.unknown` when it is no word.
    func kind(of units: [UInt16], from start: Int, to end: Int) -> MorphemeDictionary.Kind {
        guard let match = longestMatch(in: units, from: start, to: end), match.length == end - start else {
            return .unknown
        }
        return match.kind
    }
}

/// The trie's edges in an open-addressing table with a multiplicative hash: `Dictionary`'s seeded hashing is most of
/// the cost of a lookup, and the trie is looked up for every syllable of every body.
struct TrieEdges: Sendable {
    private var keys: [UInt64] = Array(repeating: .max, count: 1 << 12)
    private var children: [Int32] = Array(repeating: 0, count: 1 << 12)
    private var count = 0

    private func slot(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while keys[slot] != key && keys[slot] != .max { slot = (slot + 1) & mask }
        return slot
    }

    func child(_ key: UInt64) -> Int32? {
        let slot = slot(key)
        return keys[slot] == key ? children[slot] : nil
    }

    mutating func insert(_ key: UInt64, _ child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let slot = slot(key)
        if keys[slot] != key { count += 1 }
        keys[slot] = key
        children[slot] = child
    }

    private mutating func grow() {
        let old = zip(keys, children).filter { $0.0 != .max }
        keys = Array(repeating: .max, count: keys.count * 2)
        children = Array(repeating: 0, count: keys.count)
        count = 0
        for (key, child) in old { insert(key, child) }
    }
}

/// Hangul syllables as code units.
enum Hangul {
    static func isSyllable(_ unit: UInt16) -> Bool { unit >= 0xAC00 && unit <= 0xD7A3 }
}
