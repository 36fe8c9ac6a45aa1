/// A word of a clause: a run of Hangul syllables, or of Latin letters and digits. Eligibility and region words are
/// matched on whole words (with a particle allowed after them), never on substrings, so that `광주` is not found in
/// `광주과학기술원` nor `중소기업` in `중소기업기술정보진흥원`.
struct EligibilityToken: Hashable {
    var text: String
    /// Offsets into the clause's characters: `start..<end`.
    var start: Int
    var end: Int

    /// The words of `text`, whose characters start at `boundaries` (with `endIndex` last), in order; offsets count
    /// characters. Hangul and Latin runs are separate words (`소상공인R&D` is `소상공인`, `R`, `D`), so a particle-free
    /// Hangul word is recognized even when an abbreviation is glued to it.
    static func tokens(in text: String, boundaries: [String.Index]) -> [EligibilityToken] {
        let scalars = text.unicodeScalars
        let count = boundaries.count - 1
        var tokens: [EligibilityToken] = []
        var index = 0
        while index < count {
            guard let kind = WordKind(scalars[boundaries[index]]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, WordKind(scalars[boundaries[end]]) == kind { end += 1 }
            let word = String(Substring(scalars[boundaries[index]..<boundaries[end]]))
            tokens.append(EligibilityToken(text: word, start: index, end: end))
            index = end
        }
        return tokens
    }

    /// The ways to read the word as a stem followed by a particle (`대기업은` → `대기업` + `은`), the whole word first.
    /// Only particles ending in the word's last syllable are tried: this runs for every word of every page.
    func stems(particles: ParticleSet) -> [(stem: String, particle: String)] {
        var result: [(stem: String, particle: String)] = [(text, "")]
        let length = end - start
        // A word of single-scalar syllables (three bytes each: precomposed, so equal words have equal bytes) is
        // looked up by its last scalar, compared and cut byte by byte; any other goes by characters.
        let plain = isPlain
        let candidates =
            plain
            ? text.unicodeScalars.last.flatMap { particles.byLastScalar[$0.value] }
            : text.last.flatMap { particles.byLastCharacter[$0] }
        guard let candidates else { return result }
        for particle in candidates where length > particle.count {
            if plain {
                guard text.utf8.reversed().starts(with: particle.text.utf8.reversed()) else { continue }
                result.append((String(Substring(text.utf8.dropLast(particle.text.utf8.count))), particle.text))
            } else if text.hasSuffix(particle.text) {
                result.append((String(text.dropLast(particle.count)), particle.text))
            }
        }
        return result
    }

    /// Whether the word is Hangul syllables of one scalar each (three bytes per character).
    var isPlain: Bool { text.utf8.count == 3 * (end - start) }

    /// Which run a character belongs to, by its first scalar; nil for spaces and punctuation.
    private enum WordKind: Equatable {
        case hangul, latin

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x3131...0x318E: self = .hangul
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .latin
            default: return nil
            }
        }
    }
}

/// Particles or endings that may follow a word, grouped by their last syllable so a word is tried only against the
/// endings it could have; longest first within a group, so that `으로만` is tried before `로`.
struct ParticleSet: Sendable {
    struct Particle: Sendable {
        var text: String
        var count: Int
    }

    let byLastCharacter: [Character: [Particle]]
    /// The same groups by the value of the last scalar, for words whose characters are single scalars.
    let byLastScalar: [UInt32: [Particle]]

    init(_ particles: [String]) {
        let sorted = particles.sorted { $0.count > $1.count }
        var groups: [Character: [Particle]] = [:]
        for particle in sorted {
            guard let last = particle.last else { continue }
            groups[last, default: []].append(Particle(text: particle, count: particle.count))
        }
        byLastCharacter = groups
        var byScalar: [UInt32: [Particle]] = [:]
        for (last, group) in groups where last.unicodeScalars.count == 1 {
            byScalar[last.unicodeScalars.first!.value] = group
        }
        byLastScalar = byScalar
    }
}

extension EligibilityText {
    /// Particles and endings that may follow an organization or region word.
    static let particles = ParticleSet([
        "으로서", "으로만", "에서의", "이어야", "이라면", "이면", "라면", "에게", "에서", "으로", "로만", "로서", "이며", "이고", "이나", "과의", "와의",
        "만을", "등의", "은", "는", "이", "가", "을", "를", "의", "과", "와", "에", "로", "만", "도", "등", "들", "나", "인",
    ])
}

extension EligibilityText {
    /// Whether `text` contains `word`, byte for byte (see `containsText`).
    static func has(_ word: String, in text: String) -> Bool {
        text.containsText(word)
    }

    /// Whether `text` contains any of `words`.
    static func hasAny(_ words: [String], in text: String) -> Bool {
        words.contains { text.containsText($0) }
    }
}
