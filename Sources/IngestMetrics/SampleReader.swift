/// Reads one sample line, `name{label="value",…} value [timestamp]`, with the format's escapes in label values.
struct SampleReader {
    struct Failure: Error {
        let message: String
    }

    private let characters: [Character]
    private var position = 0

    init(text: Substring) {
        characters = Array(text)
    }

    mutating func sample() throws(Failure) -> Exposition.Sample {
        let name = identifier()
        guard !name.isEmpty else { throw Failure(message: "a sample line must start with a metric name") }
        var labels: [Exposition.Label] = []
        if peek == "{" {
            position += 1
            while peek != "}" {
                let label = identifier()
                guard !label.isEmpty, take() == "=", take() == "\"" else {
                    throw Failure(message: "malformed label in \(name)")
                }
                labels.append(Exposition.Label(label, try quoted()))
                if peek == "," { position += 1 }
            }
            position += 1
        }
        skipSpaces()
        let start = position
        while let character = peek, character != " " { position += 1 }
        let text = String(characters[start..<position])
        guard let value = Self.number(text) else { throw Failure(message: "\"\(text)\" is not a sample value") }
        return Exposition.Sample(name: name, labels: labels, value: value)
    }

    static func number(_ text: String) -> Double? {
        switch text {
        case "+Inf", "Inf": .infinity
        case "-Inf": -.infinity
        case "NaN": .nan
        default: Double(text)
        }
    }

    private var peek: Character? { position < characters.count ? characters[position] : nil }

    private mutating func take() -> Character? {
        defer { position += 1 }
        return peek
    }

    private mutating func skipSpaces() {
        while peek == " " || peek == "\t" { position += 1 }
    }

    private mutating func identifier() -> String {
        skipSpaces()
        let start = position
        while let character = peek, character.isLetter || character.isNumber || character == "_" || character == ":" {
            position += 1
        }
        return String(characters[start..<position])
    }

    private mutating func quoted() throws(Failure) -> String {
        var value = ""
        while true {
            guard let character = take() else { throw Failure(message: "unterminated label value") }
            switch character {
            case "\"": return value
            case "\\":
                guard let escaped = take() else { throw Failure(message: "unterminated label value") }
                value.append(escaped == "n" ? "\n" : escaped)
            default: value.append(character)
            }
        }
    }
}
