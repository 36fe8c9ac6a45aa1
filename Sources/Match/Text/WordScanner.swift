/// Splits text into words: runs of Hangul syllables, and runs of Latin letters and digits (lowercased). Everything else
/// separates words, and a script change does too (`AI기반` is `ai` + `기반`, `6G이동통신` is `6g` + `이동통신`). The
/// code units of all words go into one buffer, so scanning a body allocates no array per word; the text is read as
/// UTF-8 bytes, decoding only the Hangul syllables and fullwidth letters words are made of.
struct WordScanner {
    enum Script: Equatable { case hangul, latin }

    /// A word: its code units in `units` and its script.
    struct Word {
        var range: Range<Int>
        var script: Script
        /// Whether it is Latin made of digits only (`2027`): kept only to read the word before it (`약 5억`).
        var isNumber: Bool
    }

    private(set) var units: [UInt16] = []
    private(set) var words: [Word] = []

    /// Scans `text`, at most `limit` Unicode scalars of it.
    init(_ text: String, limit: Int = .max) {
        var text = text
        text.withUTF8 { scan($0, limit: limit) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        units.reserveCapacity(min(bytes.count / 2, limit))
        var start = 0
        var script: Script?
        var digitsOnly = true
        var scalars = 0
        var position = 0
        while position < bytes.count, scalars < limit {
            let (unit, kind, length) = Self.decode(bytes, at: position)
            position += length
            scalars += 1
            if kind != script {
                close(from: start, script: script, digitsOnly: digitsOnly)
                start = units.count
                script = kind
                digitsOnly = true
            }
            if kind != nil {
                units.append(unit)
                if unit > 0x39 { digitsOnly = false }
            }
        }
        close(from: start, script: script, digitsOnly: digitsOnly)
    }

    /// The word unit and script of the scalar at `position` (nil script for a separator), and its length in bytes.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at position: Int
    ) -> (unit: UInt16, script: Script?, length: Int) {
        let lead = bytes[position]
        switch lead {
        case 0x61...0x7A, 0x30...0x39: return (UInt16(lead), .latin, 1)
        case 0x41...0x5A: return (UInt16(lead + 0x20), .latin, 1)
        case 0..<0x80: return (0, nil, 1)
        case 0xE0..<0xF0:
            guard position + 2 < bytes.count else { return (0, nil, bytes.count - position) }
            let value =
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6
                | UInt32(bytes[position + 2] & 0x3F)
            switch value {
            case 0xAC00...0xD7A3: return (UInt16(value), .hangul, 3)
            case 0xFF10...0xFF19, 0xFF41...0xFF5A: return (UInt16(value - 0xFEE0), .latin, 3)
            case 0xFF21...0xFF3A: return (UInt16(value - 0xFEE0 + 0x20), .latin, 3)
            default: return (0, nil, 3)
            }
        case 0xC0..<0xE0: return (0, nil, 2)
        case 0xF0...: return (0, nil, 4)
        default: return (0, nil, 1)  // a continuation byte out of place: String's UTF-8 is valid, so never
        }
    }

    private mutating func close(from start: Int, script: Script?, digitsOnly: Bool) {
        guard let script, units.count > start else { return }
        words.append(Word(range: start..<units.count, script: script, isNumber: script == .latin && digitsOnly))
    }
}
