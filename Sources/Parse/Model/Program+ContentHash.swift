import Foundation

extension Program {
    /// A digest of the normalized fields (not of the raw HTML, so a view counter or a changed menu is not a change):
    /// what the store compares to decide whether a sighting changed the program. The derived status is left out (it
    /// changes with the clock, not with the page); the body text is in (a corrected 공고문 is a change).
    public var contentHash: String {
        contentHash(recordJSON: hashedRecord.canonicalJSON)
    }

    /// The record the hash covers: the normalized fields without the clock-derived status.
    public var hashedRecord: ProgramRecord {
        var record = ProgramRecord(self, asOf: Date(timeIntervalSince1970: 0))
        record.status = ""
        return record
    }

    /// The hash from `hashedRecord` already encoded as `canonicalJSON` (the store encodes it once for both).
    public func contentHash(recordJSON: [UInt8]) -> String {
        var bytes = recordJSON
        bytes += Array((businessName ?? "").utf8) + [0]
        bytes += Array((bodyText ?? "").utf8)
        return ContentDigest.hex(bytes)
    }
}

/// FNV-1a over 128 bits (two independent 64-bit lanes): dependency-free, stable across runs and platforms, and wide
/// enough that two different programs never share a digest in practice. Not for security: nothing here is secret.
enum ContentDigest {
    static func hex(_ bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte ^ 0x5a)) &* 0x0000_0100_0000_01b3
        }
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8](repeating: 0, count: 32)
        for position in 0..<16 {
            text[15 - position] = digits[Int((first >> (4 * UInt64(position))) & 0xF)]
            text[31 - position] = digits[Int((second >> (4 * UInt64(position))) & 0xF)]
        }
        return String(decoding: text, as: UTF8.self)
    }
}
