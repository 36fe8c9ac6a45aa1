/// A TOML table that keeps its keys in the order they were written and where each was written, so validation can say
/// "agencies/iitp.toml:14:1: unknown key 'selecter' in [sources.list]" and tools can list settings as the file does.
public struct TOMLTable: Sendable, Equatable {
    /// One key of the table with its value and where the key was written.
    public struct Entry: Sendable, Equatable {
        /// The key (one segment: `b` for `a.b = 1` in the table `a`).
        public let key: String
        /// The key's value.
        public let value: TOMLValue
        /// Where the key was written: the key segment in a `key = value` line or in a `[header]`; for a table
        /// first created implicitly and later given its own `[header]`, the header.
        public let location: TOMLLocation
    }

    /// Where the table was defined: its `[header]` or `[[header]]`, the `{` of an inline table, the key that created
    /// it by a dotted key, or the start of the document for the root table.
    public let location: TOMLLocation
    /// The keys leading from the document's root to this table (`["sources", "paging"]`); elements of an array of
    /// tables share the array's path. Empty for the root table.
    public let path: [String]
    /// The entries in the order their keys were first written.
    public let entries: [Entry]
    private let indexByKey: [String: Int]

    init(location: TOMLLocation, path: [String], entries: [Entry]) {
        self.location = location
        self.path = path
        self.entries = entries
        var indexByKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { indexByKey[entry.key] = index }
        self.indexByKey = indexByKey
    }

    /// The keys in the order they were first written.
    public var keys: [String] { entries.map(\.key) }

    /// The number of keys.
    public var count: Int { entries.count }

    /// Whether the table has no keys.
    public var isEmpty: Bool { entries.isEmpty }

    /// The value for `key`, or `nil` if the table has no such key.
    public subscript(key: String) -> TOMLValue? {
        indexByKey[key].map { entries[$0].value }
    }

    /// Where `key` was written, or `nil` if the table has no such key.
    public func location(of key: String) -> TOMLLocation? {
        indexByKey[key].map { entries[$0].location }
    }

    /// The path as TOML would write it in a header (`sources.paging`, `"기관"."이름"`), for messages.
    public var pathDescription: String { displayKey(path) }

    /// Tables are equal when they hold the same keys with equal values; like TOML itself this ignores key order,
    /// and it ignores locations, so the same settings parsed from differently laid-out files compare equal.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for entry in lhs.entries {
            guard let value = rhs[entry.key], value == entry.value else { return false }
        }
        return true
    }
}
