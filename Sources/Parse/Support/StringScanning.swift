/// Foundation's `trimmingCharacters(in:)` without the trip through `NSString`: on Linux that bridging cost more than
/// the rest of reading a list row, and every field of every row is trimmed.
extension StringProtocol {
    /// Like `trimmingSpaces()`: spaces (Unicode Zs) and tabs off both ends.
    func trimmingSpaces() -> String {
        trimming(Self.isSpace)
    }

    /// Like `trimmingSpacesAndNewlines()`: spaces, tabs, line and paragraph breaks off both ends.
    func trimmingSpacesAndNewlines() -> String {
        trimming { Self.isSpace($0) || Self.isNewline($0) }
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x0A...0x0D).contains(scalar.value) }
        if scalar.value == 0x85 { return true }
        let category = scalar.properties.generalCategory
        return category == .lineSeparator || category == .paragraphSeparator
    }
}

extension StringProtocol {
    /// Whether the text contains `word`, compared byte for byte. A plain `contains` resolves to Foundation's
    /// locale-aware search wherever Foundation is imported, many times slower; the texts are composed (see
    /// `String.precomposed`), so equal words have equal bytes.
    func containsText(_ word: some StringProtocol) -> Bool {
        utf8.firstRange(of: word.utf8) != nil
    }

    /// With every `&amp;` as `&`: links copied out of markup keep the escape.
    func unescapingAmpersands() -> String {
        guard containsText("&amp;") else { return String(self) }
        return String(self).replacing("&amp;", with: "&")
    }
}
