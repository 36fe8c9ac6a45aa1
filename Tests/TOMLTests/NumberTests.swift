import TOML
import Testing

@Suite("Integers, floats and booleans")
struct NumberTests {
    @Test(
        arguments: [
            ("+99", 99), ("42", 42), ("0", 0), ("-17", -17), ("+0", 0), ("-0", 0),
            ("1_000", 1000), ("5_349_221", 5_349_221), ("1_2_3_4_5", 12345),
            ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ] as [(String, Int64)])
    func decimalIntegers(literal: String, expected: Int64) throws {
        #expect(try value(literal) == .integer(expected))
    }

    @Test(
        arguments: [
            ("0xDEADBEEF", 0xDEAD_BEEF), ("0xdeadbeef", 0xDEAD_BEEF), ("0xdead_beef", 0xDEAD_BEEF),
            ("0x7FFFFFFFFFFFFFFF", Int64.max), ("0o01234567", 0o01234567), ("0o755", 0o755),
            ("0b11010110", 0b11010110), ("0b0", 0), ("0x0", 0),
        ] as [(String, Int64)])
    func prefixedIntegers(literal: String, expected: Int64) throws {
        #expect(try value(literal) == .integer(expected))
    }

    @Test(arguments: ["01", "+01", "-01", "00", "007", "03.14", "00.5", "01e2"])
    func leadingZerosRejected(literal: String) {
        expectError(
            "v = \(literal)", .invalidNumber, at: 1, 5, containing: "leading zeros are not allowed in '\(literal)'")
    }

    @Test(arguments: [
        "1__000", "_1", "1_", "0x", "0x_1", "0xG", "0b102", "0o8", "0X1F", "1.", ".5", "+.5", "1.e5", "1e", "1e+",
        "1.5e", "1_.5", "1._5", "1e_1", "1e1_", "+", "-", "1-2", "1.2.3", "1e2e3", "+-1",
    ])
    func malformedNumbersRejected(literal: String) {
        let error = parseError("v = \(literal)")
        #expect(error != nil, "\(literal) should be rejected")
        #expect(error?.location.column == 5)
        #expect([.invalidNumber, .syntax].contains(error?.code), "\(String(describing: error))")
    }

    @Test func signOnPrefixedIntegerRejected() {
        expectError("v = -0x1F", .invalidNumber, at: 1, 5, containing: "a sign is not allowed")
        expectError("v = +0b1", .invalidNumber, at: 1, 5, containing: "a sign is not allowed")
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "0x8000000000000000", "99999999999999999999"])
    func outOfRangeIntegersRejected(literal: String) {
        expectError("v = \(literal)", .invalidNumber, at: 1, 5, containing: "does not fit in 64 bits")
    }

    @Test(
        arguments: [
            ("+1.0", 1.0), ("3.1415", 3.1415), ("-0.01", -0.01), ("5e+22", 5e22), ("1e06", 1e6), ("-2E-2", -0.02),
            ("6.626e-34", 6.626e-34), ("224_617.445_991_228", 224_617.445_991_228), ("0e0", 0), ("1e1_0", 1e10),
            ("0.1", 0.1), ("9_224_617.445_991_228_313", 9_224_617.445_991_228_313),
        ] as [(String, Double)])
    func floats(literal: String, expected: Double) throws {
        #expect(try value(literal) == .float(expected))
    }

    @Test func specialFloats() throws {
        #expect(try value("inf") == .float(.infinity))
        #expect(try value("+inf") == .float(.infinity))
        #expect(try value("-inf") == .float(-.infinity))
        #expect(try value("nan").doubleValue?.isNaN == true)
        #expect(try value("+nan").doubleValue?.isNaN == true)
        #expect(try value("-nan").doubleValue?.isNaN == true)
        #expect(try value("-0.0").doubleValue?.sign == .minus)
        #expect(try value("+0.0").doubleValue?.sign == .plus)
    }

    @Test func booleans() throws {
        #expect(try value("true") == .boolean(true))
        #expect(try value("false") == .boolean(false))
        #expect(try parse("a = true # yes\nb = false")["b"] == .boolean(false))
    }

    @Test(arguments: ["True", "FALSE", "truex", "yes", "hello", "infinity", "NaN", "Inf"])
    func unquotedWordsRejected(literal: String) {
        expectError(
            "v = \(literal)", .syntax, at: 1, 5, containing: "invalid value '\(literal)'; strings must be quoted")
    }

    @Test func numberFollowedByJunkRejected() {
        expectError("v = 123:45", .syntax, at: 1, 8, containing: "unexpected ':' in value '123'")
        expectError("v = 1 2", .syntax, at: 1, 7, containing: "expected end of line after value, found '2'")
    }
}
