import Foundation
import Testing

@testable import Organizations

@Suite("Business registration numbers")
struct BusinessNumberTests {
    /// A valid fictional number (check digit computed by hand: 1·1+2·3+4·7+8·1+1·3+3·7+5·1+7·3+5·5 = 118,
    /// +(5·5)/10 = 120, (10 − 0) mod 10 = 0).
    static let valid = "124-81-35750"
    static let digits = "1248135750"

    static func randomKey() -> String {
        Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
    }

    static func cipher(_ key: String = randomKey()) throws -> BusinessNumberCipher {
        try BusinessNumberCipher.fromEnvironment([BusinessNumberKey.variable: key])
    }

    @Test("dashes and spaces are allowed; length, digits and the check digit are checked; errors never echo it")
    func parsing() throws {
        #expect(try BusinessNumber(Self.valid).digits == Self.digits)
        #expect(try BusinessNumber("124 81 35750").digits == Self.digits)
        for bad in ["124-81-35751", "124-81-3575", "12A-81-35750", "124-81-357500"] {
            do {
                _ = try BusinessNumber(bad)
                Issue.record("\(bad) was accepted")
            } catch {
                #expect(!error.description.contains(bad.filter(\.isNumber)))
                #expect(!error.description.contains("35750"))
            }
        }
    }

    @Test("print, interpolation, debugPrint and dump show a mask")
    func masked() throws {
        let number = try BusinessNumber(Self.valid)
        var dumped = ""
        dump(number, to: &dumped)
        var debugged = ""
        debugPrint(number, to: &debugged)
        let wrapped = ImportedOrganization(
            ref: nil, organization: .init(name: "x", kind: .company), businessNumber: number,
            position: RowPosition(file: "f", kind: .line, number: 2))
        var dumpedRow = ""
        dump(wrapped, to: &dumpedRow)
        for text in ["\(number)", String(describing: number), String(reflecting: number), dumped, debugged, dumpedRow] {
            #expect(!text.contains("35750"), "\(text)")
            #expect(!text.contains(Self.digits))
        }
        #expect("\(number)" == "***-**-*****")
    }

    @Test("seal then open gives the number back; another key cannot open it; each seal differs")
    func sealRoundTrip() throws {
        let cipher = try Self.cipher()
        let number = try BusinessNumber(Self.valid)
        let sealed = try cipher.seal(number)
        #expect(try cipher.open(sealed.combined) == number)
        #expect(!String(decoding: sealed.combined, as: UTF8.self).contains(Self.digits))
        #expect(try cipher.seal(number).combined != sealed.combined)
        let other = try Self.cipher()
        #expect(throws: (any Error).self) { try other.open(sealed.combined) }
        var tampered = sealed.combined
        tampered[tampered.startIndex + 14] ^= 1
        #expect(throws: (any Error).self) { try cipher.open(tampered) }
    }

    @Test("the lookup hash is stable under one key, differs under another, and is not a plain hash")
    func lookupHash() throws {
        let key = Self.randomKey()
        let number = try BusinessNumber(Self.valid)
        let first = try Self.cipher(key).lookupHash(number)
        #expect(try Self.cipher(key).lookupHash(try BusinessNumber("1248135750")) == first)
        #expect(try Self.cipher().lookupHash(number) != first)
        #expect(try Self.cipher(key).lookupHash(try BusinessNumber("220-81-62517")) != first)
        #expect(first.count == 32)
    }

    @Test("a missing or malformed key is an error naming the variable and how to make one, never the key")
    func keyErrors() throws {
        #expect(throws: BusinessNumberKeyError(code: .missing)) { try BusinessNumberCipher.fromEnvironment([:]) }
        do {
            _ = try BusinessNumberCipher.fromEnvironment([BusinessNumberKey.variable: "c2hvcnQ="])
            Issue.record("a 5-byte key was accepted")
        } catch {
            #expect(error.code == .malformed)
            #expect(error.description.contains("CONNECT_BRN_KEY"))
            #expect(error.description.contains("openssl rand -base64 32"))
            #expect(!error.description.contains("c2hvcnQ="))
        }
        let hex = String(repeating: "ab", count: 32)
        let base64 = Data(repeating: 0xab, count: 32).base64EncodedString()
        let number = try BusinessNumber(Self.valid)
        #expect(try Self.cipher(hex).lookupHash(number) == Self.cipher(base64).lookupHash(number))
    }
}
