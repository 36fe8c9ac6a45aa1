import HTMLQuery

/// Scalars read straight from valid UTF-8.
enum ScalarBytes {
    /// The scalar value starting at `index` and its length in bytes. The bytes must be valid UTF-8 (a `String`'s).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// Unicode's White_Space scalars, listed (the property has not changed since Unicode 6.3) rather than looked up:
    /// readers ask it of every syllable of every body, and the property tables cost more than their reading. Checked
    /// against the tables for every scalar in `SingleScalarCharactersTests`.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `Character.isNewline`'s scalars: LF, VT, FF, CR, NEL, LS, PS.
    @inline(__always)
    static func isNewline(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The scalars of `bytes` (valid UTF-8) that `keep` accepts, by value.
    static func keeping(_ bytes: UnsafeBufferPointer<UInt8>, _ keep: (UInt32) -> Bool) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var index = 0
            while index < bytes.count {
                let (value, length) = decode(bytes, at: index)
                if keep(value) {
                    for offset in 0..<length { output[written + offset] = bytes[index + offset] }
                    written += length
                }
                index += length
            }
            return written
        }
    }

    /// `bytes` (valid UTF-8) with each whitespace run as one space and the ends trimmed (U+FEFF kept as text).
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        WhitespaceNormalization.normalize(utf8: bytes, byteOrderMarks: false)
    }
}
