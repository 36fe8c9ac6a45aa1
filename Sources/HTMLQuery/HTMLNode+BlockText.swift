import CXMLFacade

extension HTMLNode {
    /// The text under the node as a reader sees it: block elements (`p`, `div`, `li`, `tr`, `br` …) on their own
    /// lines, table cells apart by a space, inline tags (`span`, `b`, `a`) invisible so that `제2025-<span>518</span>호`
    /// stays one word; comments (HWP editor exports carry JSON in them), scripts and styles left out; whitespace
    /// collapsed within lines and empty lines dropped. Laid out in C by walking the tree, since every announcement
    /// body goes through it.
    public var blockText: String {
        var length = 0
        let pointer = cxml_node_block_text(self.raw, &length)
        return FacadeString.take(pointer, length: length) ?? ""
    }
}
