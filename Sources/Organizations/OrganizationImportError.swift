/// Why an import file was refused. Every bad row is listed (file, line or record, field), so one run shows all
/// there is to fix; nothing is imported while any problem remains. Messages never repeat a business number.
public struct OrganizationImportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; extensible, so match with `==`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The file could not be read or is not CSV/JSON of the expected shape.
        public static let unreadableFile = Code("unreadable file")
        /// One or more rows failed validation.
        public static let invalidRows = Code("invalid rows")
        /// Rows are valid but contradict what is stored (a business number already held by another ref).
        public static let conflict = Code("conflicting rows")

        public var description: String { name }
    }

    /// One thing wrong with one row (or with the header, `field` then naming the column).
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var position: RowPosition
        public var field: String
        public var message: String

        public init(position: RowPosition, field: String, message: String) {
            self.position = position
            self.field = field
            self.message = message
        }

        /// `organizations.csv:7: scale: "huge" is not a company scale (…)`.
        public var description: String { "\(position): \(field): \(message)" }
    }

    public var code: Code
    public var file: String
    public var problems: [Problem]

    public init(code: Code, file: String, problems: [Problem]) {
        self.code = code
        self.file = file
        self.problems = problems
    }

    public var description: String {
        let rows = Set(problems.map(\.position.number)).count
        var text = "\(file): \(code), nothing imported (\(problems.count) problems in \(rows) rows)"
        for problem in problems { text += "\n  \(problem)" }
        return text
    }
}
