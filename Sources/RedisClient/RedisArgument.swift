/// One argument of a Redis command as raw bytes, so keys and values are binary-safe (NUL bytes, CR LF, any
/// encoding) while strings and integers still read naturally at the call site.
public struct RedisArgument: Sendable, Hashable {
    /// The bytes sent to the server, length-prefixed, exactly as given.
    public var bytes: [UInt8]

    /// Sends `bytes` unchanged.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Sends the string's UTF-8 encoding.
    public init(_ string: String) {
        self.bytes = Array(string.utf8)
    }

    /// Sends the integer in decimal, the form Redis expects for counts, TTLs and INCRBY amounts.
    public init(_ value: some BinaryInteger) {
        self.init(String(value))
    }

    /// Sends the number as Swift prints it (`1.5`, `1e-05`, `inf`), which Redis parses for scores and INCRBYFLOAT.
    public init(_ value: Double) {
        self.init(value.description)
    }
}

extension RedisArgument: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// Lets `"GET"` and `"queue:\(name)"` be written where an argument is expected.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}

extension RedisArgument: ExpressibleByIntegerLiteral {
    /// Lets `10` be written where a count or TTL argument is expected.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
