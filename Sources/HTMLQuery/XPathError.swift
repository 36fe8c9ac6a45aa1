/// An XPath expression that libxml2 rejected (syntax error, unknown function, wrong argument type) or whose result
/// did not fit the call (for example `select` on `count(//tr)`), with the expression and libxml2's own message so a
/// broken selector in an agency parser is easy to find.
public struct XPathError: Error, Sendable, CustomStringConvertible {
    /// The expression exactly as it was passed in.
    public var expression: String
    /// libxml2's message (for example "Invalid predicate"), or ours when the result had the wrong type.
    public var message: String

    init(expression: String, message: String) {
        self.expression = expression
        self.message = message
    }

    /// One line with the expression and the message, for logs.
    public var description: String {
        "XPathError(expression: \(self.expression), message: \(self.message))"
    }
}
