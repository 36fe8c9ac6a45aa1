import Crypto
import Foundation

/// A business number as stored: the AES-256-GCM box (nonce, ciphertext and tag in one) and the keyed lookup hash.
public struct SealedBusinessNumber: Sendable, Hashable {
    /// `AES.GCM.SealedBox.combined`: a fresh random nonce each time, so sealing the same number twice differs.
    public var combined: Data
    /// HMAC-SHA256 of the ten digits: equal numbers give equal hashes under one key, so rows can be found by number.
    public var lookupHash: Data

    public init(combined: Data, lookupHash: Data) {
        self.combined = combined
        self.lookupHash = lookupHash
    }
}

/// Seals, opens and hashes business numbers under one key. Encryption uses the key itself; the lookup hash uses a
/// key derived from it with HKDF under its own label, so the two uses never share key material.
///
/// The keys are held as bytes and turned into `SymmetricKey`s per call: swift-crypto's `SymmetricKey` is not
/// `Sendable` on Linux, and the cipher is shared by concurrent tasks.
public struct BusinessNumberCipher: Sendable {
    private let encryptionKeyBytes: [UInt8]
    private let lookupKeyBytes: [UInt8]
    private var encryptionKey: SymmetricKey { SymmetricKey(data: encryptionKeyBytes) }
    private var lookupKey: SymmetricKey { SymmetricKey(data: lookupKeyBytes) }

    /// The HKDF label of the lookup key; changing it changes every stored hash.
    static let lookupInfo = Data("connect-ingest business-number lookup v1".utf8)

    public init(key: SymmetricKey) {
        self.encryptionKeyBytes = key.withUnsafeBytes { Array($0) }
        self.lookupKeyBytes = HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Self.lookupInfo, outputByteCount: 32)
            .withUnsafeBytes { Array($0) }
    }

    /// The cipher with the key from `CONNECT_BRN_KEY`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(BusinessNumberKeyError) -> BusinessNumberCipher
    {
        BusinessNumberCipher(key: try BusinessNumberKey.load(from: environment))
    }

    public func seal(_ number: BusinessNumber) throws -> SealedBusinessNumber {
        let box = try AES.GCM.seal(Data(number.digits.utf8), using: encryptionKey)
        guard let combined = box.combined else {
            // Only nonces of other sizes than the default 12 bytes lack a combined form.
            throw BusinessNumberError(reason: "could not be sealed (no combined AES-GCM box)")
        }
        return SealedBusinessNumber(combined: combined, lookupHash: lookupHash(number))
    }

    /// The number in a sealed box; fails (authentication) under another key or when the box was altered.
    public func open(_ combined: Data) throws -> BusinessNumber {
        let plain = try AES.GCM.open(try AES.GCM.SealedBox(combined: combined), using: encryptionKey)
        return try BusinessNumber(String(decoding: plain, as: UTF8.self))
    }

    /// The keyed hash rows are looked up by.
    public func lookupHash(_ number: BusinessNumber) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(number.digits.utf8), using: lookupKey))
    }
}
