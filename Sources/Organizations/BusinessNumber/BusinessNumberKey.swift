import Crypto
import Foundation

/// Reads the business-number key from the environment. The key never appears in messages; the errors say which
/// variable and how to make a key, because without it no business number can be stored or read.
public enum BusinessNumberKey {
    /// The environment variable holding the key: base64 of 32 bytes, or 64 hex characters.
    public static let variable = "CONNECT_BRN_KEY"

    /// The key from `environment`.
    public static func load(from environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(BusinessNumberKeyError) -> SymmetricKey
    {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            throw BusinessNumberKeyError(code: .missing)
        }
        guard let bytes = hexBytes(text) ?? Data(base64Encoded: text).map(Array.init), bytes.count == 32 else {
            throw BusinessNumberKeyError(code: .malformed)
        }
        return SymmetricKey(data: bytes)
    }

    private static func hexBytes(_ text: String) -> [UInt8]? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 64 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < 64 {
            guard let byte = UInt8(String(scalars[index]) + String(scalars[index + 1]), radix: 16) else { return nil }
            bytes.append(byte)
            index += 2
        }
        return bytes
    }
}

/// The business-number key is absent or not 32 bytes.
public struct BusinessNumberKeyError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Hashable, Sendable {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The variable is not set (or empty).
        public static let missing = Code("missing")
        /// The variable is set but is neither base64 of 32 bytes nor 64 hex characters.
        public static let malformed = Code("malformed")
    }

    public var code: Code

    public init(code: Code) {
        self.code = code
    }

    public var description: String {
        let problem =
            code == .missing
            ? "\(BusinessNumberKey.variable) is not set"
            : "\(BusinessNumberKey.variable) is not a 32-byte key (base64 of 32 bytes, or 64 hex characters)"
        return problem + ": business registration numbers (사업자등록번호) are stored encrypted with it. "
            + "Make one with `openssl rand -base64 32`, export \(BusinessNumberKey.variable)=<that value>, "
            + "and keep it safe: stored numbers cannot be read or looked up without the same key."
    }
}
