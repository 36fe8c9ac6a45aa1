/// The tables of one document (or one inline table) while it is read, with how each table came to exist: TOML's
/// redefinition rules depend on that history, which the finished `TOMLTable` does not need to carry. Tables live in
/// one array and refer to each other by index, so nested tables are updated in place without copying.
struct TableTree {
    /// How a table came to exist, which decides who may still add to it.
    enum Origin: Equatable {
        /// The root, or a table created only as a prefix of a header (`a` for `[a.b]`): a header may still define
        /// it once.
        case implicit
        /// Defined by `[header]`, or an element of `[[header]]`: only its own section adds keys to it.
        case header
        /// Created by a dotted key (`a` for `a.b = 1`): only lines in the same section may add to it.
        case dotted(section: Int)
    }

    /// What a key of a table holds.
    enum Slot {
        /// A finished value; static arrays and inline tables are here, so nothing can extend them.
        case value(TOMLValue, TOMLLocation)
        /// A table that headers or dotted keys may still extend.
        case table(Int, TOMLLocation)
        /// An array of tables made by `[[header]]`s; the last element is the one later headers extend.
        case tableArray([Int], TOMLLocation)

        var location: TOMLLocation {
            switch self {
            case .value(_, let location), .table(_, let location), .tableArray(_, let location): location
            }
        }
    }

    /// One table under construction; `keys` keeps first-definition order, `slots` the contents.
    struct Node {
        var origin: Origin
        var location: TOMLLocation
        let path: [String]
        var keys: [String] = []
        var slots: [String: Slot] = [:]
    }

    private(set) var nodes: [Node]
    /// The table that `key = value` lines go into: the root, or the table of the last header.
    var current = 0
    /// Counts headers; a table made by dotted keys may only be extended within the section that made it.
    var section = 0

    init(location: TOMLLocation, path: [String] = []) {
        nodes = [Node(origin: .implicit, location: location, path: path)]
    }

    /// Adds a new empty table under `name` in table `parent` and returns its index.
    mutating func addTable(
        named name: String, in parent: Int, origin: Origin, location: TOMLLocation, keyLocation: TOMLLocation
    ) -> Int {
        let index = appendNode(origin: origin, location: location, path: nodes[parent].path + [name])
        setSlot(.table(index, keyLocation), for: name, in: parent)
        return index
    }

    /// Appends a table that no key refers to yet (an element of an array of tables) and returns its index.
    mutating func appendNode(origin: Origin, location: TOMLLocation, path: [String]) -> Int {
        nodes.append(Node(origin: origin, location: location, path: path))
        return nodes.count - 1
    }

    /// Sets `name` in table `parent`, appending it to the key order if new.
    mutating func setSlot(_ slot: Slot, for name: String, in parent: Int) {
        if nodes[parent].slots.updateValue(slot, forKey: name) == nil { nodes[parent].keys.append(name) }
    }

    /// Adds table `index` to the array of tables `name` in `parent`, in place (no copy per `[[header]]`).
    mutating func appendElement(_ index: Int, toTableArray name: String, in parent: Int) {
        guard case .tableArray(var elements, let location) = nodes[parent].slots.removeValue(forKey: name) else {
            return
        }
        elements.append(index)
        nodes[parent].slots[name] = .tableArray(elements, location)
    }

    /// Records that table `index` is now defined explicitly (by a header or by dotted keys), and where.
    mutating func setOrigin(_ origin: Origin, location: TOMLLocation? = nil, of index: Int) {
        nodes[index].origin = origin
        if let location { nodes[index].location = location }
    }

    /// The finished root table.
    func build() -> TOMLTable { table(at: 0) }

    private func table(at index: Int) -> TOMLTable {
        let node = nodes[index]
        var entries: [TOMLTable.Entry] = []
        entries.reserveCapacity(node.keys.count)
        for key in node.keys {
            guard let slot = node.slots[key] else { continue }
            let value: TOMLValue =
                switch slot {
                case .value(let value, _): value
                case .table(let child, _): .table(table(at: child))
                case .tableArray(let elements, _): .array(elements.map { .table(table(at: $0)) })
                }
            entries.append(TOMLTable.Entry(key: key, value: value, location: slot.location))
        }
        return TOMLTable(location: node.location, path: node.path, entries: entries)
    }
}
