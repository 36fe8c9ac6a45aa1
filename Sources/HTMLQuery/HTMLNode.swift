import CXMLFacade

/// A node of an ``HTMLDocument`` (usually an element; XPath can also return attribute and text nodes). It holds a
/// strong reference to its document, so the libxml2 tree it points into stays alive as long as the node does.
///
/// Equality is identity: two values are equal when they refer to the same node of the same document.
public struct HTMLNode {
    /// The document this node belongs to (kept alive by the node).
    public let document: HTMLDocument
    let raw: OpaquePointer

    init(document: HTMLDocument, raw: OpaquePointer) {
        self.document = document
        self.raw = raw
    }

    /// The tag name, lower-cased by the HTML parser ("td"); the attribute name for attribute nodes; "text" for text.
    public var name: String {
        cxml_node_name(self.raw).map { String(cString: $0) } ?? ""
    }

    /// The text content with entities decoded and whitespace collapsed (`&nbsp;` included): what a reader sees.
    public var text: String {
        // Collapsed straight from libxml2's buffer: one copy instead of a raw `String` and then its collapsed copy
        // (every field of every row is read this way).
        guard let pointer = cxml_node_text(self.raw) else { return "" }
        defer { cxml_free(pointer) }
        var length = 0
        while pointer[length] != 0 { length += 1 }
        return UnsafeRawPointer(pointer).withMemoryRebound(to: UInt8.self, capacity: length) { start in
            WhitespaceNormalization.normalize(utf8: UnsafeBufferPointer(start: start, count: length))
        }
    }

    /// The text content with entities decoded but whitespace untouched (`&nbsp;` stays U+00A0).
    public var rawText: String {
        FacadeString.take(cxml_node_text(self.raw)) ?? ""
    }

    /// The value of one attribute (entities decoded), or nil if the element has no such attribute. HTML attribute
    /// names are case-insensitive, so `name` is matched in lower case.
    public func attribute(_ name: String) -> String? {
        let lowered = String(decoding: name.utf8.map(CharsetLabel.asciiLowercased), as: UTF8.self)
        return lowered.withCString { FacadeString.take(cxml_node_attribute(self.raw, $0)) }
    }

    /// Every attribute of an element, names lower-cased; empty for non-elements. A repeated attribute keeps its
    /// first value, as browsers do.
    public var attributes: [String: String] {
        var result: [String: String] = [:]
        var attribute = cxml_node_first_attribute(self.raw)
        while let current = attribute {
            if let name = cxml_node_name(current).map({ String(cString: $0) }), result[name] == nil {
                result[name] = FacadeString.take(cxml_node_text(current)) ?? ""
            }
            attribute = cxml_attribute_next(current)
        }
        return result
    }

    /// The element children, in order (text and comments skipped).
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = cxml_node_first_element_child(self.raw)
        while let current = child {
            result.append(HTMLNode(document: self.document, raw: current))
            child = cxml_node_next_element_sibling(current)
        }
        return result
    }
}

extension HTMLNode: XPathQueryable {
    /// Evaluates an XPath 1.0 expression with this node as the context node (`.//td`, `a/@href`, `../th`).
    /// - Throws: ``XPathError`` with libxml2's message when the expression is invalid.
    public func evaluate(_ xpath: String) throws(XPathError) -> XPathValue {
        try XPathEvaluation.evaluate(xpath, in: self.document, context: self.raw)
    }
}

extension HTMLNode: Hashable {
    /// True when both refer to the same node of the same document.
    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
        lhs.raw == rhs.raw && lhs.document === rhs.document
    }

    /// Hashes the node's identity, so nodes can be collected in sets (for example to de-duplicate matches).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.raw)
    }
}

@available(*, unavailable, message: "nodes belong to one HTMLDocument, which must stay in one task")
extension HTMLNode: Sendable {}
