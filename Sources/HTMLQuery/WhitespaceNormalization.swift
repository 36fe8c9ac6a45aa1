/// Collapses whitespace the way a reader sees it, so scraped titles and dates compare equal however the page was
/// indented: every run of Unicode whitespace (including U+00A0 from `&nbsp;` and the ideographic space U+3000 common
/// on Korean pages) and stray U+FEFF marks becomes one ASCII space, and the ends are trimmed.
enum WhitespaceNormalization {
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
