/// Particles and endings that follow nouns in announcements, longest first so `에서는` is tried before `는`.
enum KoreanParticles {
    struct Particle: Sendable {
        var units: [UInt16]
        /// Whether common nouns also end in it (`디스플레이`, `평가`, `성과`, `온도`, `회로`): stripped only after a
        /// dictionary word.
        var isRisky: Bool
    }

    static let all: [Particle] = {
        let safe = [
            "으로부터", "에서부터", "에서는", "에서도", "에서의", "으로서", "으로써", "으로의", "으로는", "으로도", "에게서", "이라는",
            "이라고", "로부터", "에서", "으로", "에게", "로서", "로써", "로의", "로는", "로도", "라는",
            "까지", "부터", "에는", "에도", "에의", "과의", "와의", "과는", "와는", "이나", "이며", "이고", "이란", "처럼", "보다",
            "에", "을", "를", "은", "는",
        ]
        let risky = ["의", "로", "와", "과", "이", "가", "도", "만", "및", "등", "나"]
        return
            (safe.map { Particle(units: Array($0.utf16), isRisky: false) }
            + risky.map { Particle(units: Array($0.utf16), isRisky: true) })
            .sorted { $0.units.count > $1.units.count }
    }()

    /// The particles ending in each syllable, longest first: a word is tried only against those it could end with.
    private static let byLastUnit: [(unit: UInt16, particles: [Particle])] = Dictionary(grouping: all) {
        $0.units.last!
    }.map { ($0.key, $0.value.sorted { $0.units.count > $1.units.count }) }.sorted { $0.unit < $1.unit }

    /// The particles a word ending in `unit` may end with, nil when none does.
    static func endingIn(_ unit: UInt16) -> [Particle]? {
        byLastUnit.first { $0.unit == unit }?.particles
    }

    /// Two-syllable endings of verbs and adjectives (`합니다`, `위한`, `따른`, `있는`): a word ending so is no term.
    static let verbalEndings = SortedKeys(
        [
            "니다", "하는", "하여", "하고", "하며", "하게", "해야", "되는", "되어", "되며", "된다", "한다", "있는", "없는", "위한", "대한",
            "통한", "따른", "관한", "의한", "인한", "같은", "같이", "위해", "통해", "대해", "따라", "의해", "하기", "되기", "으며", "없음",
            "있음", "였다", "했다", "려는", "하려", "드림", "바람", "합니", "입니", "여야", "어야", "아야", "하도", "하지", "되지",
        ].map { ending -> UInt32 in
            let units = Array(ending.utf16)
            return UInt32(units[0]) << 16 | UInt32(units[1])
        })
}

/// A small set of integers as a sorted array: cheaper to search than a `Set`'s seeded hash for a few dozen keys.
struct SortedKeys: Sendable {
    private let keys: [UInt32]

    init(_ keys: some Sequence<UInt32>) { self.keys = Array(Set(keys)).sorted() }

    func contains(_ key: UInt32) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
