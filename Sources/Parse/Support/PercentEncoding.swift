/// Percent-encoding of URL components, byte by byte in UTF-8 with upper-case hex, as Foundation's
/// `addingPercentEncoding` does it, without its `NSString` round trip (every list row builds a detail URL).
enum PercentEncoding {
    /// RFC 3986 unreserved characters: what form values keep as written.
    static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    /// What JavaScript's `encodeURIComponent` keeps (IRIS's scripts build their URLs with it).
    static let uriComponent = unreserved.union("!*'()".utf8)

    static func encode(_ value: String, keeping allowed: Set<UInt8>) -> String {
        guard !value.utf8.allSatisfy(allowed.contains) else { return value }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count * 3)
        for byte in value.utf8 {
            if allowed.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
