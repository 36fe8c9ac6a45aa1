/// Finds the certifications a call gives extra points for or requires: certification names (`벤처기업`, `이노비즈`,
/// `기업부설연구소` …) near a cue word (`가점`, `우대`, `우선`, `필수` …) on the same line of the body. A name
/// elsewhere (a list of attachments, an eligibility table of who may not apply) is not a preference.
enum CertificationCues {
    /// Words that make a nearby certification a preference or a requirement.
    static let cues: [[UInt8]] = ["가점", "가산점", "우대", "우선", "필수", "인센티브", "보유기업", "한함", "한정"].map {
        Array($0.utf8)
    }
    /// The first syllable of each cue as its three UTF-8 bytes (`b0 << 16 | b1 << 8 | b2`): most syllables of a body
    /// are rejected by this one comparison.
    private static let cueStarts: [UInt32] = Array(
        Set(cues.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }))
    /// How far from a cue, in UTF-8 bytes (a Hangul syllable is three), a certification may be.
    static let reach = 150

    /// Every written form of a certification (spaces removed, Latin lowercased) by its `TermHash`, with the form's
    /// units (to rule out a hash collision) and its canonical name.
    private static let written: [UInt64: (units: [UInt16], canonical: String)] = {
        var written: [UInt64: (units: [UInt16], canonical: String)] = [:]
        for (form, canonical) in Certification.canonical.map({ ($0, $0) }) + Certification.synonyms.map({ ($0, $1) }) {
            written[TermHash.of(form)] = (Array(form.utf16), canonical)
        }
        return written
    }()

    /// Written forms long enough (four syllables or more) to find inside a longer word (`벤처기업확인기업`), by their
    /// first unit. Short ones (`벤처`, `연구소`) count only as a whole word or joined to the next (`벤처 인증`):
    /// alone they mean too many things.
    private static let embedded: [UInt16: [(units: [UInt16], canonical: String)]] = Dictionary(
        grouping: written.values.filter { $0.units.count >= 4 }.sorted { $0.units.lexicographicallyPrecedes($1.units) }
    ) { $0.units[0] }

    /// The canonical names of the certifications `body` cues, in `Certification.canonical` order.
    static func certifications(in body: String) -> [String] {
        var found = Set<String>()
        var body = body
        body.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                // Every cue starts with a Hangul syllable: three bytes, the first 0xEA...0xED.
                guard bytes[position] >= 0xEA, bytes[position] <= 0xED, position + 2 < bytes.count,
                    cueStarts.contains(
                        UInt32(bytes[position]) << 16 | UInt32(bytes[position + 1]) << 8 | UInt32(bytes[position + 2])),
                    cues.contains(where: { Self.bytes(bytes, at: position, equal: $0) })
                else {
                    position += 1
                    continue
                }
                let window = Self.window(bytes, around: position)
                Self.names(in: String(decoding: UnsafeBufferPointer(rebasing: bytes[window]), as: UTF8.self), &found)
                position += 3
            }
        }
        return Certification.canonical.filter(found.contains)
    }

    private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, equal cue: [UInt8]) -> Bool {
        guard position + cue.count <= bytes.count else { return false }
        for offset in cue.indices where bytes[position + offset] != cue[offset] { return false }
        return true
    }

    /// `reach` bytes either side of `position`, cut at line breaks and at whole characters.
    private static func window(_ bytes: UnsafeBufferPointer<UInt8>, around position: Int) -> Range<Int> {
        var start = max(0, position - reach)
        var end = min(bytes.count, position + reach)
        if let newline = bytes[start..<position].lastIndex(of: 0x0A) { start = newline + 1 }
        if let newline = bytes[position..<end].firstIndex(of: 0x0A) { end = newline }
        while start < position, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end < bytes.count, end > position, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return start..<end
    }

    /// Adds the canonical names of the certifications written in `text` to `found`.
    private static func names(in text: String, _ found: inout Set<String>) {
        let scanner = WordScanner(text)
        let words = scanner.words
        let units = scanner.units
        for index in words.indices {
            let word = words[index].range
            if word.count >= 4, let canonical = canonicalName(units[word]) { found.insert(canonical) }
            if index + 1 < words.count, let canonical = canonicalName(units[word] + units[words[index + 1].range]) {
                found.insert(canonical)
            }
            for start in word {
                for form in embedded[units[start]] ?? []
                where start + form.units.count <= word.upperBound
                    && units[start..<(start + form.units.count)].elementsEqual(form.units)
                {
                    found.insert(form.canonical)
                }
            }
        }
    }

    private static func canonicalName(_ units: some Collection<UInt16>) -> String? {
        guard let entry = written[TermHash.of(units)], units.elementsEqual(entry.units) else { return nil }
        return entry.canonical
    }
}
