extension Exposition {
    /// The text format, one family after another, ending with a newline.
    public func rendered() -> String {
        var text = ""
        for family in families {
            if let help = family.help, !help.isEmpty {
                text += "# HELP \(family.name) \(Self.escape(help, quotes: false))\n"
            }
            text += "# TYPE \(family.name) \(family.type)\n"
            for sample in family.samples {
                text += sample.name
                if !sample.labels.isEmpty {
                    text += "{"
                    text += sample.labels.map { "\($0.name)=\"\(Self.escape($0.value, quotes: true))\"" }
                        .joined(separator: ",")
                    text += "}"
                }
                text += " " + Self.format(sample.value) + "\n"
            }
        }
        return text
    }

    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 9e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\"" where quotes: result += "\\\""
            default: result.append(character)
            }
        }
        return result
    }
}
