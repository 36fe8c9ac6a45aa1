import HTMLQuery

/// Label/value blocks (`<li><span>공고일 : </span>2025.07.14</li>`, `<th>접수기간</th><td>…</td>`,
/// `<dt>…</dt><dd>…</dd>`) read into a map keyed by the label without spaces and colons, so `공고일 :` and `공고일`
/// are the same key.
public enum LabelValues {
    /// Pairs from `items`, each giving its label by `labelPath` and its value as the item's text minus the label.
    public static func pairs(_ items: [HTMLNode], labelPath: String) -> [String: String] {
        var values: [String: String] = [:]
        for item in items {
            guard let label = try? item.text(labelPath), !label.isEmpty else { continue }
            let key = normalizeLabel(label)
            var value = withoutPrefix(label, item.text)
            value = value.trimmingSpaces()
            if value.hasPrefix(":") { value = String(value.dropFirst()).trimmingSpaces() }
            if values[key] == nil { values[key] = value }
        }
        return values
    }

    /// `text` without `label` at its start, if it starts so. Byte for byte when the label's characters are single
    /// scalars and the text's next scalar cannot join the label's last character (the usual case: comparing
    /// characters cost more than the rest of reading the pair); by characters otherwise.
    static func withoutPrefix(_ label: String, _ text: String) -> String {
        let bytes = label.utf8.count
        if label.hasSingleScalarCharacters, text.utf8.starts(with: label.utf8) {
            let rest = Substring(text.utf8.dropFirst(bytes))
            if rest.unicodeScalars.first.map(\.neverJoinsNeighbours) ?? true { return String(rest) }
        }
        return text.hasPrefix(label) ? String(text.dropFirst(label.count)) : text
    }

    /// `th`/`td` (or `dt`/`dd`) pairs: each label node's text → the text of the node that follows it.
    public static func adjacent(_ labels: [HTMLNode], valuePath: String = "following-sibling::*[1]") -> [String: String]
    {
        var values: [String: String] = [:]
        for label in labels {
            let key = normalizeLabel(label.text)
            guard !key.isEmpty, values[key] == nil, let value = try? label.text(valuePath) else { continue }
            values[key] = value
        }
        return values
    }

    /// `공고일 : ` → `공고일`; `접 수 기 간` → `접수기간`.
    public static func normalizeLabel(_ label: String) -> String {
        label.removingWhitespace(and: ":：")
    }
}
