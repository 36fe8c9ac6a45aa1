/// The two shapes an import file comes in.
public enum OrganizationFileFormat: String, Sendable, CaseIterable {
    case csv, json

    /// The format a file name's extension says (`.csv`, `.json`, any case); nil for anything else.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
