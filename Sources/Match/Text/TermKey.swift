/// A term as a dictionary key, hashed and compared on its UTF-8 bytes. `String`'s own hashing and ordering
/// normalize Unicode first, which for Hangul costs more than the rest of term extraction; terms are built from
/// precomposed syllables and ASCII only (always NFC), so byte equality is string equality.
struct TermKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: TermKey, rhs: TermKey) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }
}
