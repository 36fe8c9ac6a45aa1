import Foundation

/// What a host's robots.txt allows our bot (RFC 9309): the group for our product token, else the `*` group; the
/// longest matching `Allow`/`Disallow` path wins, `Allow` on a tie; `*` and a closing `$` in paths. `Crawl-delay`
/// (not in the RFC, but the sites use it) is kept so that a larger delay than our rate limit wins.
public struct RobotsRules: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        let allow: Bool
        let pattern: String
    }

    let rules: [Rule]
    public let crawlDelay: Duration?

    /// Everything allowed: no robots.txt (404), or an empty one.
    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Duration?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses `text` for the bot whose product token is `agent` (e.g. `connect-ingest`).
    public init(parsing text: String, agent: String) {
        var groups: [(agents: [String], rules: [Rule], delay: Duration?)] = []
        var readingAgents = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "user-agent":
                if !readingAgents || groups.isEmpty { groups.append(([], [], nil)) }
                groups[groups.count - 1].agents.append(value.lowercased())
                readingAgents = true
            case "allow", "disallow":
                readingAgents = false
                guard !groups.isEmpty, !(field == "disallow" && value.isEmpty) else { continue }
                groups[groups.count - 1].rules.append(Rule(allow: field == "allow", pattern: value))
            case "crawl-delay":
                readingAgents = false
                guard !groups.isEmpty, let seconds = Double(value), seconds >= 0 else { continue }
                groups[groups.count - 1].delay = .milliseconds(Int((seconds * 1000).rounded()))
            default:
                readingAgents = false
            }
        }
        let token = agent.lowercased()
        let chosen =
            groups.first { group in group.agents.contains { $0 != "*" && token.hasPrefix($0) } }
            ?? groups.first { $0.agents.contains("*") }
        self.init(rules: chosen?.rules ?? [], crawlDelay: chosen?.delay)
    }

    /// Whether the path and query of a URL may be fetched; when not, the rule that forbids it.
    public func verdict(forPath path: String) -> (allowed: Bool, rule: String?) {
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            if let current = best {
                if rule.pattern.count > current.pattern.count
                    || (rule.pattern.count == current.pattern.count && rule.allow)
                {
                    best = rule
                }
            } else {
                best = rule
            }
        }
        guard let best, !best.allow else { return (true, nil) }
        return (false, "Disallow: \(best.pattern)")
    }

    /// A robots path pattern against a path: `*` matches any run, a final `$` anchors the end, else a prefix match.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if let range = rest.firstRange(of: piece) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        if !anchored { return true }
        if pieces.count > 1, let last = pieces.last { return last.isEmpty || path.hasSuffix(last) }
        return rest.isEmpty
    }
}
