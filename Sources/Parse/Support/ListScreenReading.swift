import HTMLQuery

/// An HTML list screen read with a JSON source's `[sources.screen_rules]` (IRIS, KEIT itech): the rule lookups and
/// their failures, which name `screen_rules.<name>` and its expression, are the same for every screen.
protocol ListScreenReading {
    var page: FetchedPage { get }
    var source: SourceConfig { get }
    var document: HTMLDocument { get }
}

extension ListScreenReading {
    /// The nodes the screen rule `name` matches (relative to `node` when given).
    func select(_ name: String, in node: HTMLNode? = nil) throws(ParseFailure) -> [HTMLNode] {
        let expression = try rule(name)
        do {
            if let node { return try node.select(expression) }
            return try document.select(expression)
        } catch {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url, selector: "screen_rules.\(name) = \(expression)",
                message: error.message)
        }
    }

    /// The XPath of the screen rule `name`; a source loaded without it (not through the checked loader) cannot read
    /// the screen.
    func rule(_ name: String) throws(ParseFailure) -> String {
        guard let expression = source.screenRules[name] else {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url, selector: "screen_rules.\(name)",
                message: "the source has no screen rule '\(name)' to read the list screen with")
        }
        return expression
    }

    /// `screen_rules.rows = …, screen_rules.link = …`, for failures.
    func selector(_ names: String...) throws(ParseFailure) -> String {
        var parts: [String] = []
        for name in names { parts.append("screen_rules.\(name) = \(try rule(name))") }
        return parts.joined(separator: ", ")
    }
}
