#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns page bytes into UTF-8 for libxml2: UTF-8 is validated in Swift, everything else goes through iconv.
/// Decoding is done here rather than by libxml2 so the charset decision (header, meta, sniffing, fallbacks) is ours
/// and libxml2 only ever sees valid UTF-8.
enum Transcoder {
    /// Decoded UTF-8 bytes and how many invalid sequences became U+FFFD.
    struct Output {
        var utf8: [UInt8]
        var replacements: Int
    }

    enum Failure: Error {
        /// iconv has no converter for this name.
        case unsupportedCharset
        /// A strict decode met bytes that are invalid in the charset.
        case invalidBytes
    }

    /// UTF-8 encoding of U+FFFD REPLACEMENT CHARACTER.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `bytes` from `charset` (a name from ``CharsetLabel``). Strict mode fails on the first invalid
    /// sequence; lossy mode replaces each one with U+FFFD and goes on.
    static func decode(_ bytes: [UInt8], from charset: String, lossy: Bool) throws(Failure) -> Output {
        if charset == CharsetLabel.utf8 {
            let output = decodeUTF8(bytes)
            if !lossy, output.replacements > 0 {
                throw .invalidBytes
            }
            return output
        }
        return try decodeWithIconv(bytes, from: charset, lossy: lossy)
    }

    /// Validates UTF-8, replacing each maximal invalid subsequence with U+FFFD (the Unicode-recommended practice).
    static func decodeUTF8(_ bytes: [UInt8]) -> Output {
        // Nearly every page is valid UTF-8 and comes back unchanged: the standard library's validation is many times
        // faster than decoding scalar by scalar, which was a tenth of all parse time. (It also copies the page into
        // the String it throws away; that copy costs far less than the decoding did.)
        if String(validating: bytes, as: UTF8.self) != nil { return Output(utf8: bytes, replacements: 0) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var replacements = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                output.append(contentsOf: scalar)
            case .error:
                output.append(contentsOf: replacement)
                replacements += 1
            case .emptyInput:
                break decoding
            }
        }
        return Output(utf8: output, replacements: replacements)
    }

    private enum Step {
        case progressed
        case outputFull
        case invalidSequence
        case truncatedInput
    }

    private static func decodeWithIconv(_ bytes: [UInt8], from charset: String, lossy: Bool) throws(Failure) -> Output {
        guard let converter = iconv_open("UTF-8", charset), Int(bitPattern: converter) != -1 else {
            throw .unsupportedCharset
        }
        defer { iconv_close(converter) }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replacements = 0
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var consumed = 0

        while consumed < bytes.count {
            let step = bytes.withUnsafeBufferPointer { input in
                chunk.withUnsafeMutableBufferPointer { out in
                    let start = UnsafeMutableRawPointer(mutating: input.baseAddress! + consumed)
                    var inPointer: UnsafeMutablePointer<CChar>? = start.assumingMemoryBound(to: CChar.self)
                    var inLeft = input.count - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let code = errno
                    output.append(contentsOf: out[0..<(out.count - outLeft)])
                    consumed = input.count - inLeft
                    guard result == -1 else { return Step.progressed }
                    switch code {
                    case E2BIG: return .outputFull
                    case EINVAL: return .truncatedInput
                    default: return .invalidSequence
                    }
                }
            }
            switch step {
            case .progressed, .outputFull:
                continue
            case .invalidSequence, .truncatedInput:
                guard lossy else { throw .invalidBytes }
                output.append(contentsOf: replacement)
                replacements += 1
                // Skip one byte only: the byte after a bad lead byte may be a valid character such as "<".
                consumed = step == .truncatedInput ? bytes.count : consumed + 1
                _ = iconv(converter, nil, nil, nil, nil)
            }
        }
        return Output(utf8: output, replacements: replacements)
    }
}
