import Foundation

/// Korean titles are matched word by word, never by raw substring: the original matcher's substring tests fired
/// inside longer words (`양자암호통신` matched 암). A title is cut into words at spaces, punctuation and changes of
/// script (`AI해외인재유치지원` is `ai` + `해외인재유치지원`), and patterns say how a word may contain a keyword.
extension KindRules {
    /// The words of a title (or of a body's opening), Latin letters lower-cased.
    struct Words {
        var tokens: [String]
        /// Each token's UTF-8.
        var tokenBytes: [[UInt8]] = []
        /// For each token, the token without each ending it carries (the bare token first), as UTF-8: computed once,
        /// so rules compare bytes instead of building keyword + ending strings per rule.
        var stems: [[[UInt8]]] = []

        init(_ text: String, characterByCharacter: Bool = false) {
            let lowered = text.precomposed.lowercased()
            tokens =
                !characterByCharacter && lowered.hasSingleScalarCharacters
                ? Self.tokensByScalar(lowered) : Self.tokensByCharacter(lowered)
            tokenBytes = tokens.map { Array($0.utf8) }
            stems = tokenBytes.map { bytes in
                endingBytes.compactMap { tail -> [UInt8]? in
                    guard bytes.count >= tail.count, bytes.suffix(tail.count).elementsEqual(tail) else { return nil }
                    return Array(bytes.dropLast(tail.count))
                }
            }
        }

        /// Runs of one script, character by character: the definition.
        static func tokensByCharacter(_ text: String) -> [String] {
            var tokens: [String] = []
            var current = ""
            var currentScript: Script?
            for character in text {
                let script = Script(character)
                if script != currentScript || script == nil, !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
                currentScript = script
                if script != nil { current.append(character) }
            }
            if !current.isEmpty { tokens.append(current) }
            return tokens
        }

        /// The same runs cut from the scalars of a text whose characters are each one scalar (CR LF pairs split
        /// into two separators, which cut alike): breaking titles and openings into characters cost more than
        /// matching the rules.
        static func tokensByScalar(_ text: String) -> [String] {
            let scalars = text.unicodeScalars
            var tokens: [String] = []
            var start = scalars.startIndex
            var currentScript: Script?
            var index = scalars.startIndex
            while index < scalars.endIndex {
                let script = Script(scalars[index])
                if script != currentScript || script == nil {
                    if currentScript != nil, start < index { tokens.append(String(Substring(scalars[start..<index]))) }
                    start = index
                }
                currentScript = script
                index = scalars.index(after: index)
            }
            if currentScript != nil, start < scalars.endIndex {
                tokens.append(String(Substring(scalars[start..<scalars.endIndex])))
            }
            return tokens
        }
    }

    /// `endings` as bytes, made once.
    static let endingBytes = endings.map { Array($0.utf8) }

    /// What a word is made of; a change of script ends a word. nil for separators (spaces, punctuation, jamo).
    enum Script {
        case hangul, letters, digits

        /// The script of a one-scalar character, as `init?(_: Character)` judges it.
        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0xAC00...0xD7A3: self = .hangul
            case 0x3130...0x318F: return nil
            case 0x41...0x5A, 0x61...0x7A: self = .letters
            case 0x30...0x39: self = .digits
            case 0..<0x80: return nil
            default:
                if scalar.properties.isAlphabetic {
                    self = .letters
                } else if scalar.properties.numericType != nil {
                    self = .digits
                } else {
                    return nil
                }
            }
        }

        init?(_ character: Character) {
            if BudgetText.isHangulSyllable(character) {
                self = .hangul
            } else if let scalar = character.unicodeScalars.first, (0x3130...0x318F).contains(scalar.value) {
                return nil
            } else if character.isLetter {
                self = .letters
            } else if character.isNumber {
                self = .digits
            } else {
                return nil
            }
        }
    }

    /// How a word may hold a keyword. Keywords may carry a particle or verb ending (`공고합니다`, `수요조사를`), which
    /// matters for a body's sentences; anything else glued on makes another word.
    indirect enum Pattern: Sendable {
        /// The word itself (`결과`, `test`); `notBefore`: unless the next word starts with one of these (`테스트 베드`).
        case word(String, notBefore: [String] = [])
        /// A compound ending in the keyword (`통합설명회`, `기술수요조사`), unless it ends in one of `except`
        /// (`시행사` ends in 행사 but is a developer, not an event).
        case suffix(String, except: [String] = [])
        /// A word starting with the keyword (`지정기간` for 지정, `네트워킹데이`).
        case prefix(String)
        /// A keyword of three syllables or more anywhere in a word (`기술수요조사결과`).
        case contains(String)
        /// Two consecutive words (`수요` then `의향조사`; `직원` then `채용`).
        case pair(Pattern, Pattern)
        /// Any of these.
        case any([Pattern])
    }

    /// Particles and endings a keyword may carry.
    static let endings = [
        "", "을", "를", "이", "가", "은", "는", "의", "에", "에서", "으로", "로", "와", "과", "도", "입니다", "합니다", "하오니", "하니", "하여",
        "하고", "함", "임",
    ]

    /// Whether `pattern` holds somewhere in `words`.
    static func holds(_ pattern: Pattern, in words: Words) -> Bool {
        words.tokens.indices.contains { holds(pattern, in: words, at: $0) }
    }

    /// Titles are NFC-normalized before they are cut into words, so comparing UTF-8 bytes is exact.
    static func holds(_ pattern: Pattern, in words: Words, at index: Int) -> Bool {
        guard index < words.tokens.count else { return false }
        // Loops rather than closures over the stems: this runs for every rule, pattern and word, and the closures'
        // retains and releases were most of its cost.
        switch pattern {
        case .word(let keyword, let notBefore):
            guard anyStem(of: words, at: index, equals: keyword) else { return false }
            guard index + 1 < words.tokens.count else { return true }
            for word in notBefore where starts(words.tokenBytes[index + 1], with: word) { return false }
            return true
        case .suffix(let keyword, let except):
            guard anyStem(of: words, at: index, endsWith: keyword) else { return false }
            for word in except where anyStem(of: words, at: index, endsWith: word) { return false }
            return true
        case .prefix(let keyword):
            return starts(words.tokenBytes[index], with: keyword)
        case .contains(let keyword):
            return words.tokens[index].containsText(keyword)
        case .pair(let first, let second):
            return holds(first, in: words, at: index) && holds(second, in: words, at: index + 1)
        case .any(let patterns):
            return patterns.contains { holds($0, in: words, at: index) }
        }
    }

    // Byte comparisons with a keyword's UTF-8 read in place (the rules' keywords are native strings): iterating
    // `String.UTF8View`s generically cost more than the rest of matching the rules.

    private static func withBytes<Result>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        word.utf8.withContiguousStorageIfAvailable(body) ?? Array(word.utf8).withUnsafeBufferPointer(body)
    }

    private static func anyStem(of words: Words, at index: Int, equals word: String) -> Bool {
        withBytes(word) { word in
            for stem in words.stems[index] where stem.count == word.count && stem.elementsEqual(word) { return true }
            return false
        }
    }

    private static func anyStem(of words: Words, at index: Int, endsWith word: String) -> Bool {
        withBytes(word) { word in
            for stem in words.stems[index] where stem.count >= word.count {
                if stem[(stem.count - word.count)...].elementsEqual(word) { return true }
            }
            return false
        }
    }

    private static func starts(_ bytes: [UInt8], with word: String) -> Bool {
        withBytes(word) { bytes.count >= $0.count && bytes[..<$0.count].elementsEqual($0) }
    }
}
