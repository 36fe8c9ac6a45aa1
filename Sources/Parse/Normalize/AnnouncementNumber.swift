import Foundation

/// 공고번호 as the sources give it: the same number comes with and without spaces (`중소벤처기업부공고제2023-409호`,
/// `중소벤처기업부 제2026 -188호`), sometimes as an internal id (`II_2025_003`), sometimes as filler (`0`, `-`,
/// `해당없음(신속대응R&D)`). It is kept as written, whitespace collapsed, so the merge rules can compare it; filler is
/// nil so that it never makes two different calls look alike.
public enum AnnouncementNumber {
    /// The number as written with runs of whitespace collapsed; nil for empty values and filler.
    public static func normalize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let written = TitleText.clean(raw)
        guard !written.isEmpty, !isFiller(written) else { return nil }
        return written
    }

    /// Values that stand in for "no number": only zeros and dashes (`0`, `00`, `-`, `--`), `해당없음…`, `없음`,
    /// `N/A`, `미정`, and test rows' `테스트 번호`.
    static func isFiller(_ written: String) -> Bool {
        // Scalar by scalar and byte for byte where each character is one scalar (every number seen): numbers are read
        // on every list row, and the character forms below cost more than the row's other fields.
        let plain = written.hasSingleScalarCharacters
        let onlyFiller =
            plain
            ? written.unicodeScalars.allSatisfy { fillerCharacters.unicodeScalars.contains($0) }
            : written.allSatisfy { fillerCharacters.contains($0) }
        if onlyFiller { return true }
        let compact = written.removingWhitespace().lowercased()
        if compact.hasPrefix("해당없음") || compact.hasPrefix("없음") || compact == "n/a" || compact == "미정" {
            return true
        }
        let lowered = written.lowercased()
        // A word equal to 테스트 or test needs those letters in a row.
        if plain, !lowered.containsText("테스트"), !lowered.containsText("test") { return false }
        let words = lowered.split { !$0.isLetter }
        return words.contains { $0 == "테스트" || $0 == "test" }
    }

    private static let fillerCharacters = "0-–—_. "

    /// The first `<issuer> 공고 제YYYY-N호` in a body (NTIS puts the number there, not in a field): the issuer is the
    /// Korean word before `공고` (`산업통상자원부`, `해양수산과학기술진흥원`), kept when it names an office (ends in
    /// 부, 처, 청, 원, 회, 단); `공고 제…호` alone is taken too, and `중소벤처기업부 제2026 -188호` without `공고`.
    /// A bare `제2026-1호` is not: bodies cite laws and other notices that way. A `공고번호` label glued to the issuer
    /// by text extraction is left out.
    public static func find(in text: String) -> String? {
        if text.hasSingleScalarCharacters, !mayHoldNumber(text) { return nil }
        let characters = Array(text.precomposed)
        for index in characters.indices where characters[index] == "제" {
            guard let end = numberEnd(in: characters, after: index),
                let start = issuerStart(in: characters, before: index)
            else { continue }
            return normalize(String(characters[start..<end]))
        }
        return nil
    }

    /// Whether some `제` is followed, past whitespace, by an ASCII digit, as every number is; read from the UTF-8 of a
    /// text whose characters are single scalars (composing it changes no syllable, space or digit there). Most bodies
    /// have none (`제출`, `제한` are not numbers), and breaking a whole body into characters cost more than the rest.
    static func mayHoldNumber(_ text: String) -> Bool {
        let places = text.byteOffsets(of: "제")
        guard !places.isEmpty else { return false }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            places.contains { place in
                var next = place + "제".utf8.count
                while next < bytes.count {
                    let (value, length) = ScalarBytes.decode(bytes, at: next)
                    guard ScalarBytes.isWhitespace(value) else { break }
                    next += length
                }
                return next < bytes.count && (0x30...0x39).contains(bytes[next])
            }
        } ?? true
    }

    /// After `제`: `YYYY-N호` with optional spaces around the parts; the index after `호`.
    static func numberEnd(in characters: [Character], after index: Int) -> Int? {
        var position = index + 1
        func skipSpaces() {
            while position < characters.count, characters[position].isWhitespace { position += 1 }
        }
        func digits(_ range: ClosedRange<Int>) -> Bool {
            var count = 0
            while position < characters.count, characters[position].isASCII, characters[position].isNumber {
                position += 1
                count += 1
            }
            return range.contains(count)
        }
        skipSpaces()
        guard digits(4...4) else { return nil }
        skipSpaces()
        guard position < characters.count, "-‐－–—".contains(characters[position]) else { return nil }
        position += 1
        skipSpaces()
        guard digits(1...6) else { return nil }
        skipSpaces()
        guard position < characters.count, characters[position] == "호" else { return nil }
        return position + 1
    }

    /// Before `제`: an optional `-`, an optional `공고`, and the issuer; where the number starts, or nil when neither
    /// an office nor `공고` is there.
    static func issuerStart(in characters: [Character], before index: Int) -> Int? {
        var position = index
        func skipSpacesBack() {
            while position > 0, characters[position - 1].isWhitespace { position -= 1 }
        }
        skipSpacesBack()
        if position > 0, characters[position - 1] == "-" {
            position -= 1
            skipSpacesBack()
        }
        var noticeStart: Int?
        if position >= 2, characters[position - 2] == "공", characters[position - 1] == "고" {
            position -= 2
            noticeStart = position
            skipSpacesBack()
        }
        var issuerStart = position
        while issuerStart > 0, BudgetText.isHangulSyllable(characters[issuerStart - 1]) { issuerStart -= 1 }
        // Extracted cell text glues the label to the value: `공고번호산업통상부 공고 제2026-925호`.
        if let label = (issuerStart..<max(issuerStart, position - 1)).last(where: {
            characters[$0] == "번" && characters[$0 + 1] == "호"
        }) {
            issuerStart = label + 2
        }
        if position - issuerStart >= 2, "부처청원회단".contains(characters[position - 1]) { return issuerStart }
        return noticeStart
    }
}
