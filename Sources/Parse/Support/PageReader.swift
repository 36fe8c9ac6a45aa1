import HTMLQuery

/// Reads a fetched HTML page for a source and applies the checks every HTML source shares: an empty or non-HTML
/// body, and the source's `blocked_marker` / `error_marker` rules (XPaths that match a block or error page, which
/// sites often serve with HTTP 200). Rules are evaluated with errors that name the rule.
struct PageReader {
    let page: FetchedPage
    let source: SourceConfig
    let document: HTMLDocument

    init(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) {
        self.page = page
        self.source = source
        if page.bytes.starts(with: Array("%PDF".utf8)) {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url, message: "a PDF, not an HTML page")
        }
        do {
            document = try HTMLDocument(bytes: page.bytes, url: page.url, declaredCharset: page.declaredCharset)
        } catch {
            throw ParseFailure(code: .malformed, source: source.id, url: page.url, message: "\(error)")
        }
        if let marker = source.rules["blocked_marker"], try exists(marker, rule: "blocked_marker") {
            throw ParseFailure(
                code: .blocked, source: source.id, url: page.url, selector: "blocked_marker = \(marker)",
                message: "the site answered its block page (session cookie or Referer missing, or our address refused)")
        }
        if let marker = source.rules["error_marker"], try exists(marker, rule: "error_marker") {
            throw ParseFailure(
                code: .errorPage, source: source.id, url: page.url, selector: "error_marker = \(marker)",
                message: "the site answered an error page instead of the content")
        }
    }

    /// Nodes matched by the rule `name` (relative to `node` when given).
    func nodes(_ name: String, in node: HTMLNode? = nil) throws(ParseFailure) -> [HTMLNode] {
        guard let expression = source.rules[name] else { return [] }
        do {
            if let node { return try node.select(expression) }
            return try document.select(expression)
        } catch {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url, selector: "\(name) = \(expression)",
                message: error.message)
        }
    }

    /// The normalized text of the rule `name` (first match), nil when the rule is absent or matches nothing.
    func text(_ name: String, in node: HTMLNode? = nil) throws(ParseFailure) -> String? {
        guard let expression = source.rules[name] else { return nil }
        do {
            let value = try node.map { try $0.text(expression) } ?? document.text(expression)
            return value.flatMap { $0.isEmpty ? nil : $0 }
        } catch let error as XPathError {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url, selector: "\(name) = \(expression)",
                message: error.message)
        } catch {
            throw ParseFailure(code: .malformed, source: source.id, url: page.url, message: "\(error)")
        }
    }

    /// The rows of a list page; an empty result on a page that is not an "empty board" is a layout change.
    func rows(emptyMarker: String? = "empty_marker") throws(ParseFailure) -> [HTMLNode] {
        let rows = try nodes("rows")
        if rows.isEmpty {
            if let emptyMarker, let marker = source.rules[emptyMarker], try exists(marker, rule: emptyMarker) {
                return []
            }
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url,
                selector: "rows = \(source.rules["rows"] ?? "")",
                message: "the rows selector found nothing and the page does not say the list is empty")
        }
        return rows
    }

    func layoutChanged(_ rule: String, _ message: String) -> ParseFailure {
        ParseFailure(
            code: .layoutChanged, source: source.id, url: page.url,
            selector: "\(rule) = \(source.rules[rule] ?? "")", message: message)
    }

    private func exists(_ expression: String, rule: String) throws(ParseFailure) -> Bool {
        do {
            switch try document.evaluate(expression) {
            case .nodes(let nodes): return !nodes.isEmpty
            case .boolean(let value): return value
            case .number(let value): return value != 0
            case .string(let value): return !value.isEmpty
            }
        } catch {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url, selector: "\(rule) = \(expression)",
                message: error.message)
        }
    }
}
