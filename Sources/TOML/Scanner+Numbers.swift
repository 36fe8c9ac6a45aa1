/// Integers and floats. The whole token is collected first and then checked against the grammar, so an error can
/// quote what the operator wrote (`leading zeros are not allowed in '007'`).
extension Scanner {
    /// Converts a bare token (already known not to be a boolean or date/time) to an integer or float.
    func parseNumber(_ token: ArraySlice<UInt8>, at start: TOMLLocation) throws(TOMLError) -> TOMLValue {
        let written = String(decoding: token, as: UTF8.self)
        func invalid(_ detail: String = "") -> TOMLError {
            error(.invalidNumber, "invalid number '\(written)'\(detail)", at: start)
        }

        var body = token
        let sign = body.first.flatMap { $0 == ASCII.plus || $0 == ASCII.minus ? $0 : nil }
        if sign != nil { body = body.dropFirst() }
        let isNegative = sign == ASCII.minus

        if body.elementsEqual("inf".utf8) { return .float(isNegative ? -.infinity : .infinity) }
        if body.elementsEqual("nan".utf8) { return .float(isNegative ? -.nan : .nan) }

        if body.count >= 2, body.first == UInt8(ascii: "0"), let radix = Self.radix(prefix: body.dropFirst().first) {
            guard sign == nil else { throw invalid(": a sign is not allowed on hexadecimal, octal or binary integers") }
            guard let digits = Self.digitsRemovingUnderscores(body.dropFirst(2), radix: radix) else { throw invalid() }
            guard let value = Self.integer(digits, radix: radix, isNegative: false) else {
                throw error(.invalidNumber, "integer '\(written)' does not fit in 64 bits", at: start)
            }
            return .integer(value)
        }

        // Decimal: integer part, optional fraction, optional exponent.
        let integerEnd = body.firstIndex { $0 == ASCII.dot || $0 | 0x20 == UInt8(ascii: "e") } ?? body.endIndex
        guard let integerDigits = Self.digitsRemovingUnderscores(body[..<integerEnd], radix: 10) else {
            throw invalid()
        }
        if integerDigits.count > 1, integerDigits.first == UInt8(ascii: "0") {
            throw error(.invalidNumber, "leading zeros are not allowed in '\(written)'", at: start)
        }
        var rest = body[integerEnd...]
        var floatText: [UInt8] = (isNegative ? [ASCII.minus] : []) + integerDigits
        var isFloat = false
        if rest.first == ASCII.dot {
            let fractionEnd = rest.firstIndex { $0 | 0x20 == UInt8(ascii: "e") } ?? rest.endIndex
            guard let fraction = Self.digitsRemovingUnderscores(rest.dropFirst()[..<fractionEnd], radix: 10) else {
                throw invalid(": expected digits after '.'")
            }
            floatText += [ASCII.dot] + fraction
            rest = rest[fractionEnd...]
            isFloat = true
        }
        if let marker = rest.first, marker | 0x20 == UInt8(ascii: "e") {
            var exponent = rest.dropFirst()
            var exponentSign: [UInt8] = []
            if let first = exponent.first, first == ASCII.plus || first == ASCII.minus {
                exponentSign = [first]
                exponent = exponent.dropFirst()
            }
            guard let exponentDigits = Self.digitsRemovingUnderscores(exponent, radix: 10) else {
                throw invalid(": expected digits in the exponent")
            }
            floatText += [UInt8(ascii: "e")] + exponentSign + exponentDigits
            rest = rest[rest.endIndex...]
            isFloat = true
        }
        guard rest.isEmpty else { throw invalid() }

        if isFloat {
            guard let value = Double(String(decoding: floatText, as: UTF8.self)) else { throw invalid() }
            return .float(value)
        }
        guard let value = Self.integer(integerDigits, radix: 10, isNegative: isNegative) else {
            throw error(.invalidNumber, "integer '\(written)' does not fit in 64 bits", at: start)
        }
        return .integer(value)
    }

    /// 16, 8 or 2 for the letter after a leading `0` (`0x`, `0o`, `0b`; lowercase only, as TOML requires).
    private static func radix(prefix: UInt8?) -> Int? {
        switch prefix {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// The digits with underscores removed, or `nil` if there are none, a character is not a digit of `radix`, or
    /// an underscore is not between two digits.
    private static func digitsRemovingUnderscores(_ text: ArraySlice<UInt8>, radix: Int) -> [UInt8]? {
        var digits: [UInt8] = []
        var previousWasDigit = false
        for byte in text {
            if byte == ASCII.underscore {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard digitValue(byte, radix: radix) != nil else { return nil }
            digits.append(byte)
            previousWasDigit = true
        }
        return previousWasDigit ? digits : nil
    }

    private static func digitValue(_ byte: UInt8, radix: Int) -> Int? {
        let value: Int
        if ASCII.isDigit(byte) {
            value = Int(byte - 0x30)
        } else if ASCII.isHexDigit(byte) {
            value = Int((byte | 0x20) - 0x61) + 10
        } else {
            return nil
        }
        return value < radix ? value : nil
    }

    /// The value of already validated digits, or `nil` if it does not fit in an `Int64`.
    private static func integer(_ digits: [UInt8], radix: Int, isNegative: Bool) -> Int64? {
        var magnitude: UInt64 = 0
        for byte in digits {
            guard let digit = digitValue(byte, radix: radix) else { return nil }
            let (shifted, overflowed) = magnitude.multipliedReportingOverflow(by: UInt64(radix))
            let (sum, carried) = shifted.addingReportingOverflow(UInt64(digit))
            guard !overflowed, !carried else { return nil }
            magnitude = sum
        }
        if isNegative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return Int64(bitPattern: 0 &- magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }
}
