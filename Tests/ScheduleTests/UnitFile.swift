import Foundation

/// A systemd unit file read the way systemd reads one (sections, `Key=value` lines, `#`/`;` comments, repeated keys
/// kept in order), so the units can be checked where systemd-analyze is missing too.
struct UnitFile {
    let name: String
    /// Section → key → values in file order.
    private(set) var sections: [String: [String: [String]]] = [:]
    /// Lines that are neither a comment, a section header nor `Key=value`, with their line numbers.
    private(set) var malformedLines: [String] = []

    init(name: String, text: String) {
        self.name = name
        var section: String?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                section = name
                sections[name, default: [:]] = sections[name] ?? [:]
                continue
            }
            guard let section, let equals = line.firstIndex(of: "="), equals != line.startIndex else {
                malformedLines.append("\(name):\(number + 1): \(line)")
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            sections[section, default: [:]][key, default: []].append(value)
        }
    }

    /// Every value of `key` in `section`.
    func values(_ section: String, _ key: String) -> [String] { sections[section]?[key] ?? [] }

    /// The last value of `key` in `section` (what systemd uses for a single-valued key).
    func value(_ section: String, _ key: String) -> String? { values(section, key).last }
}
