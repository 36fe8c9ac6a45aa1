/// A 사업자등록번호 (business registration number): ten digits whose last is a check digit. It identifies a
/// company to tax authorities, so it is personal-data grade: every way Swift prints a value (`print`, string
/// interpolation, `debugPrint`, `dump`, a debugger's summary) shows a mask, and errors about it never repeat it.
/// Only `digits` gives the number itself, for sealing.
public struct BusinessNumber: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The ten digits, without dashes.
    public let digits: String

    /// Reads `123-45-67890`, `1234567890` or `123 45 67890`, checking the length and the check digit.
    public init(_ text: String) throws(BusinessNumberError) {
        let kept = text.unicodeScalars.filter { $0 != "-" && !$0.properties.isWhitespace }
        guard kept.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw BusinessNumberError(reason: "holds characters other than digits, dashes and spaces")
        }
        guard kept.count == 10 else {
            throw BusinessNumberError(reason: "has \(kept.count) digits, a 사업자등록번호 has 10")
        }
        let digits = kept.map { Int($0.value) - 48 }
        guard Self.checkDigit(of: digits) == digits[9] else {
            throw BusinessNumberError(reason: "its check digit does not match (a typo?)")
        }
        self.digits = String(String.UnicodeScalarView(kept))
    }

    /// The 국세청 check digit over the first nine digits: weights 1,3,7,1,3,7,1,3,5, plus the tens of the ninth
    /// digit times five.
    static func checkDigit(of digits: [Int]) -> Int {
        let weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        var sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        sum += digits[8] * 5 / 10
        return (10 - sum % 10) % 10
    }

    /// Masked: `***-**-*****`.
    public var description: String { "***-**-*****" }
    public var debugDescription: String { "BusinessNumber(***-**-*****)" }
    public var customMirror: Mirror { Mirror(self, children: ["digits": "***-**-*****"]) }
}

/// A business number that cannot be used, with the reason and never the number.
public struct BusinessNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "the business registration number \(reason) (the number is not shown)" }
}
