/// A problem in an agency file, naming the file, line, source and field, e.g.
/// `agencies/iitp.toml:14:1: source iitp.ezone.list: rule 'title': invalid XPath (Invalid expression)`.
public struct AgencyConfigError: Error, Sendable, CustomStringConvertible, Hashable {
    public var location: String
    public var source: String?
    public var field: String?
    public var message: String

    public init(location: String, source: String? = nil, field: String? = nil, message: String) {
        self.location = location
        self.source = source
        self.field = field
        self.message = message
    }

    public var description: String {
        var text = location + ": "
        if let source { text += "source \(source): " }
        if let field { text += "\(field): " }
        return text + message
    }
}
