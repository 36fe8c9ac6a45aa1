#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Test inputs as raw bytes, the way they arrive from the network.
enum TestBytes {
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `text` encoded with glibc's iconv into `charset`, or nil if iconv cannot represent it (strict: no
    /// transliteration). Independent of the module under test so encoding tests don't grade their own homework.
    static func encode(_ text: String, as charset: String) -> [UInt8]? {
        guard let converter = iconv_open(charset, "UTF-8"), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let inputCount = input.count
        let outputCount = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount
                var outLeft = outputCount
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outputCount - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output.prefix(written))
    }

    /// CP949 bytes for text the test knows is representable.
    static func cp949(_ text: String) -> [UInt8] {
        encode(text, as: "CP949") ?? []
    }

    /// A small list page in the shape agency boards use.
    static func listPage(head: String = "", title: String) -> String {
        """
        <html><head>\(head)<title>목록</title></head><body>
        <table class="list"><tbody><tr><td class="subject"><a href="/view/1">\(title)</a></td></tr></tbody></table>
        </body></html>
        """
    }
}
