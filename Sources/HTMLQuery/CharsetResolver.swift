/// Decides which character set a page is in and decodes it to UTF-8. Order: byte-order mark, then the HTTP header's
/// charset, then a `<meta>` declaration, then sniffing (valid UTF-8, else CP949). A declaration is only believed if
/// the bytes decode cleanly in it, which rescues the common Korean misconfigurations (header says UTF-8 but the
/// page is CP949, or the reverse). When nothing decodes cleanly, the candidate with the fewest invalid sequences
/// wins and those sequences become U+FFFD.
enum CharsetResolver {
    /// The page as UTF-8 plus the decision behind it.
    struct Resolution {
        var utf8: [UInt8]
        var encoding: String
        var source: EncodingSource
    }

    enum Failure: Error {
        case empty
        case unsupported(charset: String)
    }

    private struct Candidate {
        var charset: String
        var source: EncodingSource
    }

    /// - Parameters:
    ///   - declaredCharset: the raw `charset` parameter of the HTTP `Content-Type` header, if any.
    ///   - legacyFallback: what non-UTF-8 bytes are assumed to be; a parameter only so tests can simulate a system
    ///     without that converter.
    static func resolve(
        _ bytes: [UInt8], declaredCharset: String?, legacyFallback: String = CharsetLabel.cp949
    ) throws(Failure) -> Resolution {
        if let bom = try decodeByteOrderMark(bytes) {
            return bom
        }
        guard !bytes.isEmpty else { throw .empty }

        let utf8 = Transcoder.decodeUTF8(bytes)
        let isUTF8 = utf8.replacements == 0
        let hasNonASCII = bytes.contains { $0 >= 0x80 }

        var declared: [Candidate] = []
        if let label = declaredCharset, let name = CharsetLabel.canonicalName(label, origin: .httpHeader) {
            declared.append(Candidate(charset: name, source: .httpHeader))
        }
        if let label = MetaCharsetScanner.declaredLabel(in: bytes),
            let name = CharsetLabel.canonicalName(label, origin: .metaTag)
        {
            declared.append(Candidate(charset: name, source: .metaTag))
        }

        var unsupported: Set<String> = []
        for candidate in declared {
            if candidate.charset == CharsetLabel.utf8 {
                if isUTF8 {
                    return Resolution(utf8: bytes, encoding: candidate.charset, source: candidate.source)
                }
                continue
            }
            // Non-ASCII text that is valid UTF-8 is practically never legacy Korean (its lead bytes would be UTF-8
            // continuation bytes), so it beats a legacy declaration.
            if isUTF8, hasNonASCII {
                continue
            }
            do {
                let output = try Transcoder.decode(bytes, from: candidate.charset, lossy: false)
                return Resolution(utf8: output.utf8, encoding: candidate.charset, source: candidate.source)
            } catch .unsupportedCharset {
                unsupported.insert(candidate.charset)
            } catch {
                continue
            }
        }

        if isUTF8 {
            return Resolution(utf8: bytes, encoding: CharsetLabel.utf8, source: hasNonASCII ? .sniffed : .default)
        }
        do {
            let output = try Transcoder.decode(bytes, from: legacyFallback, lossy: false)
            return Resolution(utf8: output.utf8, encoding: legacyFallback, source: .sniffed)
        } catch .unsupportedCharset {
            unsupported.insert(legacyFallback)
        } catch {}

        return try bestLossyDecoding(
            bytes, candidates: declared + [Candidate(charset: legacyFallback, source: .sniffed)],
            utf8: utf8, unsupported: unsupported, legacyFallback: legacyFallback)
    }

    /// Nothing decodes cleanly: take the candidate with the fewest invalid sequences (ties go to the earlier,
    /// better-founded one), UTF-8 last.
    private static func bestLossyDecoding(
        _ bytes: [UInt8], candidates: [Candidate], utf8: Transcoder.Output, unsupported: Set<String>,
        legacyFallback: String
    ) throws(Failure) -> Resolution {
        var best: (output: Transcoder.Output, candidate: Candidate)?
        for candidate in candidates where !unsupported.contains(candidate.charset) {
            let output: Transcoder.Output
            if candidate.charset == CharsetLabel.utf8 {
                output = utf8
            } else {
                guard let decoded = try? Transcoder.decode(bytes, from: candidate.charset, lossy: true) else {
                    continue
                }
                output = decoded
            }
            if let current = best, current.output.replacements <= output.replacements {
                continue
            }
            best = (output, candidate)
        }
        if let best, best.output.replacements <= utf8.replacements {
            return Resolution(utf8: best.output.utf8, encoding: best.candidate.charset, source: best.candidate.source)
        }
        // Invalid UTF-8 is only acceptable as a last resort when the legacy converter exists and did worse; without
        // that converter we would be storing mojibake, so say so instead.
        guard !unsupported.contains(legacyFallback) else { throw .unsupported(charset: legacyFallback) }
        return Resolution(utf8: utf8.utf8, encoding: CharsetLabel.utf8, source: .sniffed)
    }

    /// A UTF-8 or UTF-16 byte-order mark decides the encoding outright; the mark itself is dropped.
    private static func decodeByteOrderMark(_ bytes: [UInt8]) throws(Failure) -> Resolution? {
        let marks: [(prefix: [UInt8], charset: String)] = [
            ([0xEF, 0xBB, 0xBF], CharsetLabel.utf8), ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"),
        ]
        guard let mark = marks.first(where: { bytes.starts(with: $0.prefix) }) else { return nil }
        let body = Array(bytes.dropFirst(mark.prefix.count))
        guard !body.isEmpty else { throw .empty }
        do {
            let output = try Transcoder.decode(body, from: mark.charset, lossy: true)
            return Resolution(utf8: output.utf8, encoding: mark.charset, source: .bom)
        } catch {
            throw .unsupported(charset: mark.charset)
        }
    }
}
