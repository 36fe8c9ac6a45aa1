/// A position in date or period text, with the few moves the date grammar needs. The text is normalized first
/// (`DateText.normalizedCharacters`), so the grammar sees one kind of space, ASCII digits and one tilde.
struct DateTextCursor {
    let characters: [Character]
    var position = 0

    init(_ text: String) {
        characters = DateText.normalizedCharacters(text)
    }

    var isAtEnd: Bool { position >= characters.count }

    var current: Character? { isAtEnd ? nil : characters[position] }

    /// The text from the cursor on.
    var rest: String { String(characters[min(position, characters.count)...]) }

    mutating func skipSpaces() {
        while current == " " { position += 1 }
    }

    /// Moves past `character` when it is next.
    mutating func skip(_ character: Character) -> Bool {
        guard current == character else { return false }
        position += 1
        return true
    }

    /// Moves past `word` when it comes next.
    mutating func skip(_ word: String) -> Bool {
        var index = position
        for character in word {
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
        }
        position = index
        return true
    }

    /// A run of ASCII digits: its value and how many digits it had (a run longer than 9 digits has value 0, so no
    /// overflow; the grammar rejects it by its length).
    mutating func number() -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while let digit = current?.asciiValue, (48...57).contains(digit) {
            value = digits < 9 ? value * 10 + Int(digit - 48) : 0
            digits += 1
            position += 1
        }
        return digits == 0 ? nil : (digits > 9 ? 0 : value, digits)
    }

    /// Runs `scan`, moving back to where it started when it gives nil.
    mutating func attempt<Result>(_ scan: (inout DateTextCursor) -> Result?) -> Result? {
        let start = position
        guard let result = scan(&self) else {
            position = start
            return nil
        }
        return result
    }
}
