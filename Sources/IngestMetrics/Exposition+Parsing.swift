extension Exposition {
    /// Reads the text format: `# HELP` and `# TYPE` lines, other comments skipped, one sample per line (a
    /// timestamp after the value is dropped). A sample belongs to the family of the last `# TYPE` whose name it is,
    /// or extends with `_bucket`, `_sum`, `_count`; otherwise it starts an untyped family of its own.
    public init(parsing text: String) throws(ExpositionError) {
        var families: [Family] = []
        var help: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSuffixSpaces()
            if line.isEmpty { continue }
            func fail(_ message: String) -> ExpositionError { ExpositionError(line: index + 1, message: message) }
            if line.hasPrefix("#") {
                let words = line.dropFirst().split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
                guard words.count >= 2 else { continue }
                let name = String(words[1])
                let rest = words.count > 2 ? String(words[2]) : ""
                if words[0] == "HELP" {
                    help[name] = Self.unescape(rest)
                    if let last = families.indices.last, families[last].name == name {
                        families[last].help = help[name]
                    }
                } else if words[0] == "TYPE" {
                    guard ["counter", "gauge", "histogram", "summary", "untyped"].contains(rest) else {
                        throw fail("unknown type \(rest) for \(name)")
                    }
                    families.append(Family(name: name, type: rest, help: help[name], samples: []))
                }
                continue
            }
            var reader = SampleReader(text: line)
            let sample: Sample
            do {
                sample = try reader.sample()
            } catch {
                throw fail(error.message)
            }
            if let last = families.indices.last, families[last].owns(sample.name) {
                families[last].samples.append(sample)
            } else {
                families.append(Family(name: sample.name, type: "untyped", help: help[sample.name], samples: [sample]))
            }
        }
        self.init(families: families)
    }

    /// A HELP text as written, its escapes (`\\` and `\n`) read back.
    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension Exposition.Family {
    func owns(_ sampleName: String) -> Bool {
        if sampleName == name { return true }
        let suffixes =
            type == "histogram" ? ["_bucket", "_sum", "_count"] : type == "summary" ? ["_sum", "_count"] : []
        return suffixes.contains { sampleName == name + $0 }
    }
}

/// A line of the exposition that is not what the format allows.
public struct ExpositionError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public var description: String { "metrics exposition, line \(line): \(message)" }
}

extension Substring {
    fileprivate func trimmingSuffixSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, [" ", "\t", "\r"].contains(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
