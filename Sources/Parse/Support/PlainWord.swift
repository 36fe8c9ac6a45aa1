/// A word of precomposed Hangul syllables (or ASCII) as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String` hashing and equality go through Unicode normalization for every non-ASCII string, and the eligibility
/// reader looks up every word of every clause. For words whose scalars are all syllables or ASCII, bytes decide
/// exactly what canonical equivalence decides (such strings are their own normal form and have no other spelling of
/// the same scalars), so tables of such words may be searched this way; other words keep `String` keys.
struct PlainWord: Hashable, Sendable {
    let text: String

    /// The key for `text`, nil when it is not made of syllables and ASCII only.
    init?(_ text: String) {
        guard text.unicodeScalars.allSatisfy({ $0.isASCII || (0xAC00...0xD7A3).contains($0.value) }) else {
            return nil
        }
        self.text = text
    }

    static func == (lhs: PlainWord, rhs: PlainWord) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A table of words searched by `PlainWord` where the word allows it, by `String` otherwise; same answers either way.
struct PlainWordTable<Value: Sendable>: Sendable {
    private let byString: [String: Value]
    private let byBytes: [PlainWord: Value]
    /// The longest plain key in bytes: a plain word longer than it is in no table entry, without hashing it (most
    /// words looked up are such).
    private let longestPlainKey: Int

    init(_ entries: [String: Value]) {
        byString = entries
        var byBytes: [PlainWord: Value] = [:]
        for (word, value) in entries {
            if let key = PlainWord(word) { byBytes[key] = value }
        }
        self.byBytes = byBytes
        longestPlainKey = byBytes.keys.map(\.text.utf8.count).max() ?? 0
    }

    subscript(word: String) -> Value? {
        guard let key = PlainWord(word) else { return byString[word] }
        return key.text.utf8.count > longestPlainKey ? nil : byBytes[key]
    }
}
