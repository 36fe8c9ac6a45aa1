/// A failed transfer: libcurl's result code and message, with the URL it was for.
public struct CurlError: Error, Sendable, CustomStringConvertible {
    /// The `CURLcode` (e.g. 7 = could not connect, 28 = timeout, 37 = file not readable).
    public let code: Int
    public let message: String
    public let url: String

    public var description: String { "curl error \(code) for \(url): \(message)" }
}
