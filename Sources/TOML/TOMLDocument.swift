/// The entry point: turns the text of a settings or agency file into its root table.
public enum TOMLDocument {
    /// Parses a TOML 1.0 document.
    /// - Parameters:
    ///   - text: the document; a leading byte-order mark is ignored.
    ///   - file: the name recorded in every `TOMLLocation` and error, usually the path the text was read from.
    /// - Returns: the root table, with keys in document order and the location of every key.
    /// - Throws: `TOMLError` at the first syntax error or redefinition; parsing stops there.
    public static func parse(_ text: String, file: String = "<input>") throws(TOMLError) -> TOMLTable {
        var parser = DocumentParser(text: text, file: file)
        return try parser.parse()
    }
}
