import Testing

@testable import RedisClient

@Suite("SHA-1 for script names")
struct SHA1Tests {
    @Test(
        "FIPS 180 test vectors",
        arguments: [
            ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
            ("The quick brown fox jumps over the lazy dog", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
        ])
    func vectors(message: String, digest: String) {
        #expect(SHA1.hexDigest(of: Array(message.utf8)) == digest)
    }

    @Test("one million 'a' (many blocks) and lengths around the padding boundary")
    func longAndBoundary() {
        #expect(
            SHA1.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
        )
        // 55 bytes fit the length in the same block, 56 do not.
        #expect(
            SHA1.hexDigest(of: [UInt8](repeating: 0x61, count: 55)) == "c1c8bbdc22796e28c0e15163d20899b65621d65a")
        #expect(
            SHA1.hexDigest(of: [UInt8](repeating: 0x61, count: 56)) == "c2db330f6083854c99d4b5bfb6e8f29f201be699")
    }

    @Test("RedisScript names itself by the SHA-1 of its UTF-8 source")
    func scriptName() {
        #expect(RedisScript("return 1").sha1 == "e0e1f9fabfc9d4800c877a703b823ac0578ff8db")
    }
}
