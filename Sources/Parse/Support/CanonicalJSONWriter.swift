/// Writes JSON as `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` does, for values whose encoding is
/// on a hot path (the program record, the matcher's features); the caller writes keys in sorted order.
///
/// Appends JSON tokens to a byte buffer with the escaping `JSONEncoder` uses: `"` and `\` escaped, `\b \f \n \r \t`
/// by name, other control characters as `\u00xx`, `/` and everything non-ASCII as is.
public struct CanonicalJSONWriter {
    public private(set) var bytes: [UInt8] = []

    /// What was written, as a String.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public init(capacity: Int = 2048) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func open() { bytes.append(UInt8(ascii: "{")) }
    public mutating func close() { bytes.append(UInt8(ascii: "}")) }
    public mutating func null() { bytes.append(contentsOf: [110, 117, 108, 108]) }

    public mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    public mutating func key(_ name: String, first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        bytes.append(contentsOf: value ? [116, 114, 117, 101] : [102, 97, 108, 115, 101])
    }

    public mutating func integer(_ value: Int64?) {
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A double as the encoder writes it: Swift's shortest round-tripping form, without a trailing `.0`. Finite values
    /// only: the encoder throws on NaN and infinities, and this would write `nan` / `inf`, which is not JSON.
    public mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func array<Element>(_ values: [Element], _ element: (inout CanonicalJSONWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (position, value) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            element(&self, value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An array of strings.
    public mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    public mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var runStart = 0
            for (position, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
                runStart = position + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [
                        0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                    ])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
