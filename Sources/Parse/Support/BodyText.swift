import HTMLQuery

/// An announcement body as clean text: the text of block elements on their own lines, whitespace collapsed within a
/// line, and nothing from scripts, styles or comments (HWP editor exports carry JSON in comments). Every parser reads
/// bodies through here, so that budgets, periods and eligibility see the same lines whatever the site.
public enum BodyText {
    /// The clean text under `node`.
    public static func of(_ node: HTMLNode) -> String {
        node.blockText
    }
}
