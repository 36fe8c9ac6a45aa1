import Foundation

extension Program {
    /// A digest of the normalized fields (not of the raw HTML, so a view counter or a changed menu is not a change):
    /// what the store compares to decide whether a sighting changed the program. The derived status is left out (it
    /// changes with the clock, not with the page); the body text is in (a corrected 공고문 is a change).
    public var contentHash: String {
        var record = ProgramRecord(self, asOf: Date(timeIntervalSince1970: 0))
        record.status = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8]((try? encoder.encode(record)) ?? Data())
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
        return String(format: "%016llx%016llx", first, second)
    }
}
