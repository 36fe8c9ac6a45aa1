/// The value of an XPath 1.0 expression, which is not always a node-set: `count(//tr)` is a number,
/// `string(//a/@onclick)` a string, `boolean(//table)` a boolean. Agency parsers use these to read
/// `onclick="f_detail('I18835','2026')"` arguments or row counts without walking nodes.
public enum XPathValue {
    /// Nodes in document order (elements, attributes, text nodes).
    case nodes([HTMLNode])
    /// A string result (`string(...)`, `concat(...)`, `normalize-space(...)`).
    case string(String)
    /// A number result (`count(...)`, `number(...)`); NaN when the conversion fails, as XPath specifies.
    case number(Double)
    /// A boolean result (`boolean(...)`, comparisons).
    case boolean(Bool)

    /// The nodes, or nil if the expression produced a scalar.
    public var nodeSet: [HTMLNode]? {
        if case .nodes(let nodes) = self { nodes } else { nil }
    }

    /// The string, or nil if the expression produced something else (wrap it in `string()` to convert).
    public var stringValue: String? {
        if case .string(let string) = self { string } else { nil }
    }

    /// The number, or nil if the expression produced something else (wrap it in `number()` to convert).
    public var numberValue: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The boolean, or nil if the expression produced something else (wrap it in `boolean()` to convert).
    public var booleanValue: Bool? {
        if case .boolean(let boolean) = self { boolean } else { nil }
    }

    var kindName: String {
        switch self {
        case .nodes: "node-set"
        case .string: "string"
        case .number: "number"
        case .boolean: "boolean"
        }
    }
}

@available(*, unavailable, message: "nodes belong to one HTMLDocument, which must stay in one task")
extension XPathValue: Sendable {}
