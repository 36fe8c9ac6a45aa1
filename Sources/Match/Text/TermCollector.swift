/// Terms in order of first appearance, without repeats, up to a limit, kept as code units: a body repeats most of
/// its words, and a `String` is made only for each distinct term at the end (hashing and comparing Hangul `String`s
/// normalizes them first, which costs more than the rest of term extraction).
struct TermCollector {
    /// The code units of the distinct terms, one after another.
    private(set) var units: [UInt16] = []
    /// Each distinct term's range in `units`, in order of first appearance.
    private(set) var spans: [Range<Int>] = []
    /// Each distinct term's `TermHash`.
    private(set) var hashes: [UInt64] = []
    private var seen = HashSet64()
    let limit: Int

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { spans.count >= limit }

    mutating func add(_ source: [UInt16], _ range: Range<Int>) {
        guard !isFull else { return }
        let hash = TermHash.of(source[range])
        guard seen.insert(hash) else { return }
        let start = units.count
        units.append(contentsOf: source[range])
        spans.append(start..<units.count)
        hashes.append(hash)
    }

    /// Adds every term of `other`.
    mutating func add(_ other: TermCollector) {
        for span in other.spans { add(other.units, span) }
    }

    func term(_ index: Int) -> String { TermText.string(units[spans[index]]) }

    /// The terms in order of first appearance.
    var terms: [String] { spans.indices.map(term) }

    /// The terms in code-unit order, which for these terms (precomposed Hangul and ASCII) is `String` order.
    var sortedTerms: [String] {
        spans.indices.sorted { precedes(spans[$0], spans[$1]) }.map(term)
    }

    private func precedes(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        let common = min(left.count, right.count)
        var offset = 0
        while offset < common {
            let a = units[left.lowerBound + offset]
            let b = units[right.lowerBound + offset]
            if a != b { return a < b }
            offset += 1
        }
        return left.count < right.count
    }
}

/// A 64-bit FNV-1a hash of a term's code units: deterministic across runs (unlike `Hasher`), so collections keyed by
/// it iterate the same way every time. Two distinct terms of one program colliding is a chance of about 1 in 10^14.
enum TermHash {
    static func of<Units: Collection<UInt16>>(_ units: Units) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in units {
            hash = (hash ^ UInt64(unit & 0xFF)) &* 0x100_0000_01b3
            hash = (hash ^ UInt64(unit >> 8)) &* 0x100_0000_01b3
        }
        return hash
    }

    static func of(_ term: String) -> UInt64 { of(term.utf16) }
}

/// Strings from the code units of terms. Terms are Basic Multilingual Plane text (Hangul syllables, ASCII), so each
/// unit is one scalar and encoding to UTF-8 directly skips the general UTF-16 decoder, the costliest step of making
/// a term's `String`.
enum TermText {
    static func string(_ units: ArraySlice<UInt16>) -> String {
        if units.contains(where: { $0 >= 0xD800 && $0 <= 0xDFFF }) { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var count = 0
            for unit in units {
                if unit < 0x80 {
                    buffer[count] = UInt8(unit)
                    count += 1
                } else if unit < 0x800 {
                    buffer[count] = UInt8(0xC0 | unit >> 6)
                    buffer[count + 1] = UInt8(0x80 | unit & 0x3F)
                    count += 2
                } else {
                    buffer[count] = UInt8(0xE0 | unit >> 12)
                    buffer[count + 1] = UInt8(0x80 | unit >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | unit & 0x3F)
                    count += 3
                }
            }
            return count
        }
    }
}

/// A set of `TermHash` values by open addressing: the hashes are already well mixed, so they index the table
/// directly instead of being hashed again as `Set` would.
struct HashSet64 {
    private var slots: [UInt64] = Array(repeating: 0, count: 64)
    private var count = 0

    /// Inserts `hash`; false when it was already there. (0 stands for an empty slot and is stored as 1.)
    mutating func insert(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key >> 32 ^ key) & mask
        while slots[slot] != 0 {
            if slots[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots.filter { $0 != 0 }
        slots = Array(repeating: 0, count: slots.count * 2)
        count = 0
        for key in old { _ = insert(key) }
    }
}
