/// The units, written down once: the original pipeline's 10× error came from a wrong 억.
extension BudgetText {
    /// The large units that close a group of four digits, largest first (a larger one may not follow a smaller).
    static let bigUnits: [(unit: Unicode.Scalar, won: Int64)] = [
        ("조", 1_000_000_000_000), ("억", 100_000_000), ("만", 10_000),
    ]
    /// The small units inside a group: `5천만원` is 5 × 1,000 × 10,000; `3천5백만원` is (3,000 + 500) × 10,000.
    static let smallUnits: [(unit: Unicode.Scalar, won: Int64)] = [("천", 1_000), ("백", 100), ("십", 10)]
    /// Words that may follow an amount written without 원 (`10억 이내`) or a bare number with 원 (`375,000원이`),
    /// so that `5억제` or `5원자력` is not money.
    static let followers: [[Unicode.Scalar]] = [
        "이내", "내외", "정도", "수준", "이하", "미만", "한도", "규모", "가량", "상당", "씩", "까지", "을", "를", "의", "이", "은",
        "는", "으로", "로", "에", "과", "와", "도", "및", "당",
    ].map { Array($0.unicodeScalars) }

    /// One amount of money as written: `117.32억원`, `1억 5천만원`, `6,400백만원`, `120,000천원`, `3~5억원`.
    struct Amount: Equatable {
        /// Won; nil when the figure does not fit in `Int64` (kept unknown rather than wrapped). 0 is a stated zero.
        var won: Int64?
        /// Where it is written, as offsets into the scanned units (characters); a range covers both bounds.
        var range: Range<Int>
    }

    /// A number as written: digits, thousands commas, one decimal point. `mantissa` is nil on overflow.
    struct WrittenNumber {
        var mantissa: Int64?
        var scale: Int
        var end: Int
    }

    /// The number that starts at `start`, if a digit is there.
    static func number(in characters: [Unicode.Scalar], at start: Int) -> WrittenNumber? {
        guard start < characters.count, digitValue(characters[start]) != nil else { return nil }
        var mantissa: Int64? = 0
        var scale = 0
        var seenPoint = false
        var index = start
        while index < characters.count {
            let character = characters[index]
            let nextIsDigit = index + 1 < characters.count && digitValue(characters[index + 1]) != nil
            if let digit = digitValue(character) {
                mantissa = mantissa.flatMap { checkedMultiplyAdd($0, 10, Int64(digit)) }
                if seenPoint { scale += 1 }
            } else if character == ",", !seenPoint, nextIsDigit {
            } else if character == ".", !seenPoint, nextIsDigit {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        return WrittenNumber(mantissa: mantissa, scale: scale, end: index)
    }

    /// The amount whose first digit is at `start`: groups of `number [천|백|십] … [조|억|만]`, largest unit first,
    /// ending in 원 (or in 억/조 alone, `117.32억`). nil when the number is not money (`45개월`, `75%`, `2026년`).
    static func amount(in characters: [Unicode.Scalar], at start: Int) -> Amount? {
        var reader = AmountReader(characters: characters, position: start)
        return reader.readAmount()
    }

    /// 0–9 for an ASCII digit (not for `２` or `五`: the scanner sees full-width digits already made ASCII).
    static func digitValue(_ scalar: Unicode.Scalar?) -> Int? {
        guard let scalar, (0x30...0x39).contains(scalar.value) else { return nil }
        return Int(scalar.value - 0x30)
    }

    /// A to Z, a to z (what `Character.isASCII && isLetter` admits).
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// `value × multiplier + addend`, nil on overflow.
    static func checkedMultiplyAdd(_ value: Int64, _ multiplier: Int64, _ addend: Int64) -> Int64? {
        let product = value.multipliedReportingOverflow(by: multiplier)
        guard !product.overflow else { return nil }
        let sum = product.partialValue.addingReportingOverflow(addend)
        return sum.overflow ? nil : sum.partialValue
    }

    /// `number × small × big`, exactly (decimals divided out last, so `117.32억` is 11,732,000,000); nil on overflow.
    static func won(of number: WrittenNumber, small: Int64, big: Int64) -> Int64? {
        guard let mantissa = number.mantissa else { return nil }
        let product = mantissa.multipliedReportingOverflow(by: small)
        guard !product.overflow else { return nil }
        let scaled = product.partialValue.multipliedReportingOverflow(by: big)
        guard !scaled.overflow else { return nil }
        var divisor: Int64 = 1
        for _ in 0..<number.scale {
            let next = divisor.multipliedReportingOverflow(by: 10)
            guard !next.overflow else { return 0 }
            divisor = next.partialValue
        }
        return scaled.partialValue / divisor
    }
}
