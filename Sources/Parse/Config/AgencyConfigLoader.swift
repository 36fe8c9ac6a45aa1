import Foundation
import HTMLQuery
import TOML

/// Reads and checks `agencies/*.toml`. Strict on purpose: an unknown key is an error (a misspelt selector must not
/// silently fall back to nothing), and every rule a source's parser needs must be there and compile.
public struct AgencyConfigLoader: Sendable {
    /// Parser name → the rule names it requires and those it also understands.
    public let parsers: [String: ParserRules]
    /// Parser name → the `screen_rules` names it requires and understands, for JSON list parsers that also read the
    /// site's HTML list screen.
    public let screenRules: [String: ParserRules]

    public struct ParserRules: Sendable, Hashable {
        public var required: Set<String>
        public var optional: Set<String>

        public init(required: Set<String>, optional: Set<String> = []) {
            self.required = required
            self.optional = optional
        }
    }

    public init(parsers: [String: ParserRules], screenRules: [String: ParserRules] = ParserRegistry.screenRules) {
        self.parsers = parsers
        self.screenRules = screenRules
    }

    /// Every `*.toml` in `directory`, sorted by name, each checked on its own and then against the others (unique
    /// source ids, `detail` naming a detail source of any file); all problems of all files are collected before
    /// throwing.
    public func loadDirectory(_ directory: String) throws(AgencyConfigErrors) -> [AgencyConfig] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".toml") }.sorted()
        guard !files.isEmpty else {
            throw AgencyConfigErrors(errors: [
                AgencyConfigError(location: directory, message: "no agency files (*.toml) found")
            ])
        }
        var configs: [AgencyConfig] = []
        var errors: [AgencyConfigError] = []
        var unloaded = 0
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            do {
                configs.append(try load(path))
            } catch {
                errors += error.errors
                unloaded += 1
            }
        }
        errors += SourceReferences.errors(in: configs, unloadedFiles: unloaded)
        guard errors.isEmpty else { throw AgencyConfigErrors(errors: errors) }
        return configs
    }

    /// One agency file, checked on its own: keys, types, rules, XPath, placeholders. A `detail` may name a source of
    /// another file, so references are checked only by `loadDirectory`, which sees every file.
    public func load(_ path: String) throws(AgencyConfigErrors) -> AgencyConfig {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AgencyConfigErrors(errors: [AgencyConfigError(location: path, message: "cannot read the file")])
        }
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text, file: path)
        } catch {
            throw AgencyConfigErrors(errors: [
                AgencyConfigError(location: error.location.description, message: error.message)
            ])
        }
        var reader = ConfigReader(table: table, file: path, parsers: parsers, screens: screenRules)
        let config = reader.agency()
        var errors = reader.errors
        if let config {
            errors += RuleCompiler.check(config)
            errors += config.sources.flatMap(RequestTemplateCheck.errors(for:))
        }
        guard errors.isEmpty, let config else { throw AgencyConfigErrors(errors: errors) }
        return config
    }
}

/// All problems found in the agency files, one per line.
public struct AgencyConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [AgencyConfigError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
