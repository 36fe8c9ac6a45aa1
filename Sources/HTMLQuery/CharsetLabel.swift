/// Maps the charset labels pages and servers actually send ("euc-kr", "ks_c_5601-1987", "x-windows-949", "utf8")
/// to the converter names used for decoding. EUC-KR and all its aliases become CP949, its superset: real Korean
/// pages use CP949-only syllables while still declaring EUC-KR.
enum CharsetLabel {
    /// Where a label came from; a `<meta>` may not claim UTF-16 (the bytes were already read as ASCII-compatible).
    enum Origin {
        case httpHeader
        case metaTag
    }

    static let utf8 = "UTF-8"
    static let cp949 = "CP949"

    private static let aliases: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            (utf8, ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
            (
                cp949,
                [
                    "euc-kr", "euckr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ks_c_5601", "ksc5601",
                    "ksc_5601", "korean", "csksc56011987", "iso-ir-149", "cp949", "ms949", "windows-949",
                    "x-windows-949", "uhc", "x-uhc",
                ]
            ),
            (
                "WINDOWS-1252",
                [
                    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                    "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "csisolatin1", "iso-ir-100",
                ]
            ),
            ("UTF-16LE", ["utf-16le", "utf-16"]),
            ("UTF-16BE", ["utf-16be"]),
        ]
        for (name, labels) in groups {
            for label in labels {
                table[label] = name
            }
        }
        return table
    }()

    /// The converter name for `label`, or nil when the label is empty or not a plausible charset name.
    /// Unknown but well-formed labels are passed on upper-cased; the decoder finds out whether they exist.
    static func canonicalName(_ label: String, origin: Origin) -> String? {
        var trimmed = Array(label.utf8)
        while let last = trimmed.last, isTrimmed(last) { trimmed.removeLast() }
        while let first = trimmed.first, isTrimmed(first) { trimmed.removeFirst() }
        guard !trimmed.isEmpty, trimmed.count <= 40, trimmed.allSatisfy(isLabelByte) else {
            return nil
        }
        let lowered = String(decoding: trimmed.map(asciiLowercased), as: UTF8.self)
        let name = aliases[lowered] ?? lowered.uppercased()
        if origin == .metaTag, name.hasPrefix("UTF-16") {
            return utf8
        }
        return name
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x22 || byte == 0x27
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): true
        default: false
        }
    }

    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
