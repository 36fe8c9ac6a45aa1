/// Anything XPath can start from: an ``HTMLDocument`` (absolute paths) or an ``HTMLNode`` (relative paths such as
/// `.//td`). Agency parsers can take `some XPathQueryable` and not care which.
public protocol XPathQueryable {
    /// Evaluates an XPath 1.0 expression with this document or node as the context node.
    /// - Throws: ``XPathError`` with libxml2's message when the expression is invalid.
    func evaluate(_ xpath: String) throws(XPathError) -> XPathValue
}

extension XPathQueryable {
    /// The nodes an expression selects, in document order; the workhorse for list rows and cells.
    /// - Throws: ``XPathError`` when the expression is invalid or yields a number, string or boolean.
    public func select(_ xpath: String) throws(XPathError) -> [HTMLNode] {
        let value = try self.evaluate(xpath)
        guard let nodes = value.nodeSet else {
            throw XPathError(expression: xpath, message: "expected a node-set, got a \(value.kindName)")
        }
        return nodes
    }

    /// The whitespace-normalized text of the first match, or nil when nothing matches: one field of a row.
    /// String-valued expressions (`string(//a/@onclick)`, `normalize-space(...)`) are accepted too.
    /// - Throws: ``XPathError`` when the expression is invalid or yields a number or boolean.
    public func text(_ xpath: String) throws(XPathError) -> String? {
        switch try self.evaluate(xpath) {
        case .nodes(let nodes):
            return nodes.first?.text
        case .string(let string):
            return WhitespaceNormalization.normalize(string)
        case let other:
            throw XPathError(expression: xpath, message: "expected a node-set or string, got a \(other.kindName)")
        }
    }

    /// The whitespace-normalized text of every match, one entry per node (empty strings kept, so positions line
    /// up with the nodes): a column of a table.
    /// - Throws: ``XPathError`` when the expression is invalid or yields a number or boolean.
    public func texts(_ xpath: String) throws(XPathError) -> [String] {
        switch try self.evaluate(xpath) {
        case .nodes(let nodes):
            return nodes.map(\.text)
        case .string(let string):
            return [WhitespaceNormalization.normalize(string)]
        case let other:
            throw XPathError(expression: xpath, message: "expected a node-set or string, got a \(other.kindName)")
        }
    }
}
