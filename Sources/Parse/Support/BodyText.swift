import HTMLQuery

/// An announcement body as clean text: the text of block elements on their own lines, whitespace collapsed within a
/// line, and nothing from scripts, styles or comments (HWP editor exports carry JSON in comments).
public enum BodyText {
    /// The clean text under `node`.
    public static func of(_ node: HTMLNode) -> String {
        let html = node.innerHTML
        return fromHTML(html)
    }

    /// Clean text from an HTML fragment.
    public static func fromHTML(_ html: String) -> String {
        var text = html
        for pattern in ["<!--", "<script", "<style"] {
            while let start = text.range(of: pattern, options: .caseInsensitive) {
                let closing = pattern == "<!--" ? "-->" : "</" + pattern.dropFirst() + ">"
                guard
                    let end = text.range(
                        of: closing, options: .caseInsensitive, range: start.upperBound..<text.endIndex)
                else {
                    text.removeSubrange(start.lowerBound..<text.endIndex)
                    break
                }
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        // Block elements end a line, table cells are separated by a space, and inline tags (span, b, a …) vanish
        // without a trace, so `제2025-<span>518</span>호` stays one word.
        var plain = ""
        var tag = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
                tag = ""
            } else if character == ">", inTag {
                inTag = false
                plain += separator(afterTag: tag)
            } else if inTag {
                tag.append(character)
            } else {
                plain.append(character)
            }
        }
        let decoded = EntityText.decode(plain)
        return decoded.split(separator: "\n").map { line in
            line.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{3000}" }).joined(
                separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

private let lineBreakingTags: Set<String> = [
    "p", "br", "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt",
    "dd", "section", "article", "header", "footer", "blockquote", "pre", "hr", "caption",
]

/// What a tag leaves in the text: a line break for block elements, a space for table cells, nothing otherwise.
private func separator(afterTag tag: String) -> String {
    let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
    if lineBreakingTags.contains(name) { return "\n" }
    if name == "td" || name == "th" { return " " }
    return ""
}

/// The few HTML entities that survive in text taken from serialized markup.
enum EntityText {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: index)..<semicolon]
                if let character = entity(String(name)) {
                    result.append(character)
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    private static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        case "middot": return "·"
        default:
            let number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst())
            } else {
                number = nil
            }
            return number.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
