/// The TOML 1.0 rules for where keys and tables may be defined: no key twice, no table twice, no table both by header
/// and by dotted keys, no `[[ ]]` onto a static array, no additions to inline tables.
extension TableTree {
    /// Handles `[a.b.c]`: makes `a.b.c` the current table, creating any missing tables on the way.
    mutating func openTable(_ key: [KeySegment], header: TOMLLocation) throws(TOMLError) {
        let parent = try descendForHeader(key)
        let name = key[key.count - 1]
        section += 1
        switch nodes[parent].slots[name.name] {
        case nil:
            current = addTable(
                named: name.name, in: parent, origin: .header, location: header, keyLocation: name.location)
        case .table(let index, let defined):
            switch nodes[index].origin {
            case .implicit:
                // First explicit definition of a table so far only implied by longer headers: it now lives here.
                setOrigin(.header, location: header, of: index)
                setSlot(.table(index, name.location), for: name.name, in: parent)
                current = index
            case .header:
                throw TOMLError(
                    .redefinition, at: header,
                    "table [\(key.display)] is defined twice (first defined at \(nodes[index].location.lineAndColumn))"
                )
            case .dotted:
                throw TOMLError(
                    .redefinition, at: header,
                    "table [\(key.display)] was already defined by dotted keys at \(defined.lineAndColumn)")
            }
        case .tableArray(_, let defined):
            throw TOMLError(
                .redefinition, at: header,
                "table [\(key.display)] conflicts with the array of tables [[\(key.display)]] defined at "
                    + defined.lineAndColumn)
        case .value(let value, let defined):
            throw TOMLError(
                .redefinition, at: header, "cannot define table [\(key.display)]: " + describe(value, at: defined))
        }
    }

    /// Handles `[[a.b.c]]`: appends a new table to the array of tables `a.b.c` and makes it the current table.
    mutating func openTableArrayElement(_ key: [KeySegment], header: TOMLLocation) throws(TOMLError) {
        let parent = try descendForHeader(key)
        let name = key[key.count - 1]
        section += 1
        let path = nodes[parent].path + [name.name]
        switch nodes[parent].slots[name.name] {
        case nil:
            current = appendNode(origin: .header, location: header, path: path)
            setSlot(.tableArray([current], name.location), for: name.name, in: parent)
        case .tableArray:
            current = appendNode(origin: .header, location: header, path: path)
            appendElement(current, toTableArray: name.name, in: parent)
        case .table(_, let defined):
            throw TOMLError(
                .redefinition, at: header,
                "cannot define array of tables [[\(key.display)]]: '\(key.display)' is already a table "
                    + "(defined at \(defined.lineAndColumn))")
        case .value(.array, let defined):
            throw TOMLError(
                .redefinition, at: header,
                "cannot append to static array '\(key.display)' with [[\(key.display)]] (defined at "
                    + "\(defined.lineAndColumn))")
        case .value(let value, let defined):
            throw TOMLError(
                .redefinition, at: header,
                "cannot define array of tables [[\(key.display)]]: " + describe(value, at: defined))
        }
    }

    /// Handles `a.b.c = value` in the current table, creating `a` and `a.b` as tables if missing.
    mutating func setValue(_ value: TOMLValue, for key: [KeySegment]) throws(TOMLError) {
        var parent = current
        for (position, segment) in key.dropLast().enumerated() {
            let written = Array(key[...position])
            switch nodes[parent].slots[segment.name] {
            case nil:
                parent = addTable(
                    named: segment.name, in: parent, origin: .dotted(section: section), location: segment.location,
                    keyLocation: segment.location)
            case .table(let index, let defined):
                switch nodes[index].origin {
                case .dotted(let owner) where owner == section:
                    parent = index
                case .implicit:
                    // Adding keys through dotted keys defines the table here: no header may define it afterwards.
                    setOrigin(.dotted(section: section), location: segment.location, of: index)
                    setSlot(.table(index, segment.location), for: segment.name, in: parent)
                    parent = index
                case .dotted:
                    throw TOMLError(
                        .redefinition, at: segment.location,
                        "cannot add to table '\(written.display)' with dotted keys: it was defined by dotted keys "
                            + "in another section at \(defined.lineAndColumn)")
                case .header:
                    throw TOMLError(
                        .redefinition, at: segment.location,
                        "cannot add to table '\(written.display)' with dotted keys: it is defined by a header at "
                            + nodes[index].location.lineAndColumn)
                }
            case .tableArray(_, let defined):
                throw TOMLError(
                    .redefinition, at: segment.location,
                    "cannot add to array of tables '\(written.display)' with dotted keys (defined at "
                        + "\(defined.lineAndColumn))")
            case .value(let existing, let defined):
                throw TOMLError(
                    .redefinition, at: segment.location,
                    "cannot use '\(written.display)' as a table: " + describe(existing, at: defined))
            }
        }
        let name = key[key.count - 1]
        if let existing = nodes[parent].slots[name.name] {
            throw TOMLError(
                .duplicateKey, at: name.location,
                "duplicate key '\(key.display)' (first defined at \(existing.location.lineAndColumn))")
        }
        setSlot(.value(value, name.location), for: name.name, in: parent)
    }

    /// Walks a header's key up to its last segment, creating missing tables as implicit ones. Any table may be
    /// walked through, including ones made by dotted keys (`[fruit.apple.texture]` after `apple.color = ...`); the
    /// last element of an array of tables stands for the array.
    private mutating func descendForHeader(_ key: [KeySegment]) throws(TOMLError) -> Int {
        var parent = 0
        for (position, segment) in key.dropLast().enumerated() {
            switch nodes[parent].slots[segment.name] {
            case nil:
                parent = addTable(
                    named: segment.name, in: parent, origin: .implicit, location: segment.location,
                    keyLocation: segment.location)
            case .table(let index, _):
                parent = index
            case .tableArray(let elements, _):
                parent = elements[elements.count - 1]
            case .value(let value, let defined):
                throw TOMLError(
                    .redefinition, at: segment.location,
                    "cannot use '\(Array(key[...position]).display)' as a table: " + describe(value, at: defined))
            }
        }
        return parent
    }

    /// "it is an inline table (defined at 3:1), which cannot be extended" and the like.
    private func describe(_ value: TOMLValue, at defined: TOMLLocation) -> String {
        switch value {
        case .table:
            "it is an inline table (defined at \(defined.lineAndColumn)), which cannot be extended"
        case .array:
            "it is a static array (defined at \(defined.lineAndColumn))"
        default:
            "it already holds \(value.typeNameWithArticle) (defined at \(defined.lineAndColumn))"
        }
    }
}
