/// Entities that survive into titles: JSON lists carry them escaped (`R&amp;D`, `&#39;시장대응형&#39;`), some twice
/// (`&amp;#39;`), and NTIS escapes its `title` attributes.
extension TitleText {
    /// The named entities seen on Korean public sites (and the common typographic ones).
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "middot": "·",
        "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bull": "•", "times": "×", "divide": "÷",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "sim": "∼", "tilde": "˜", "sdot": "⋅",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}",
        "zwj": "\u{200D}", "shy": "\u{00AD}", "lang": "〈", "rang": "〉", "rarr": "→", "larr": "←", "para": "¶",
        "sect": "§", "micro": "µ", "frac12": "½", "prime": "′", "Prime": "″",
    ]

    /// `text` with entities decoded; repeated while a pass still finds some, at most three times (`&amp;#39;` → `'`).
    static func decodingEntities(_ text: String) -> String {
        var current = text
        for _ in 0..<3 {
            guard current.containsText("&") else { break }
            let next = decodingEntitiesOnce(current)
            if next == current { break }
            current = next
        }
        return current
    }

    /// One pass: `&name;`, `&#NNN;`, `&#xHH;`. An `&` that starts none of them is kept, as is an unknown name.
    static func decodingEntitiesOnce(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let candidate = rest[afterAmpersand...].prefix(12)
            if let semicolon = candidate.firstIndex(of: ";"),
                let decoded = entityValue(String(rest[afterAmpersand..<semicolon]))
            {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest[afterAmpersand...]
            }
        }
        result += rest
        return result
    }

    /// The text of one entity body (`amp`, `#39`, `#x2F`); nil when it is not one.
    static func entityValue(_ body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return namedEntities[body]
    }
}
