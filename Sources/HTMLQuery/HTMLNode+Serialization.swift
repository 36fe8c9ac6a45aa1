import CXMLFacade

extension HTMLNode {
    /// The node serialised as HTML, tags included: for storing an announcement body or debugging a selector.
    /// libxml2 re-serialises the recovered tree, so unclosed tags come out closed and attributes quoted; it also
    /// percent-escapes non-ASCII characters in `href`/`src`/`action` values.
    public var outerHTML: String {
        self.serialize(inner: false)
    }

    /// The node's children serialised as HTML, without the node's own tags.
    public var innerHTML: String {
        self.serialize(inner: true)
    }

    private func serialize(inner: Bool) -> String {
        var length = 0
        let pointer = cxml_node_html(self.raw, inner ? 1 : 0, &length)
        return FacadeString.take(pointer, length: length) ?? ""
    }
}
