/// How ``HTMLDocument`` decided which character set the page's bytes are in, so a parser or a log line can tell a
/// trustworthy declaration from a guess.
public enum EncodingSource: String, Sendable, Hashable, CustomStringConvertible {
    /// A byte-order mark at the start of the bytes (it wins over every declaration and is stripped).
    case bom
    /// The `charset` parameter of the HTTP `Content-Type` header, and the bytes decoded cleanly in it.
    case httpHeader
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB, and the bytes decoded cleanly.
    case metaTag
    /// No usable declaration: the bytes were valid UTF-8 with non-ASCII text, or else decoded as CP949.
    case sniffed
    /// Nothing to decide on: pure ASCII without a declaration, or text handed over as a Swift `String`.
    case `default`

    /// The case name ("httpHeader"), for logs.
    public var description: String { self.rawValue }
}
