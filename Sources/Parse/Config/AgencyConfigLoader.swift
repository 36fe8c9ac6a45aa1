import Foundation
import HTMLQuery
import TOML

/// Reads and checks `agencies/*.toml`. Strict on purpose: an unknown key is an error (a misspelt selector must not
/// silently fall back to nothing), and every rule a source's parser needs must be there and compile.
public struct AgencyConfigLoader: Sendable {
    /// Parser name → the rule names it requires and those it also understands.
    public let parsers: [String: ParserRules]

    public struct ParserRules: Sendable, Hashable {
        public var required: Set<String>
        public var optional: Set<String>

        public init(required: Set<String>, optional: Set<String> = []) {
            self.required = required
            self.optional = optional
        }
    }

    public init(parsers: [String: ParserRules]) {
        self.parsers = parsers
    }

    /// Every `*.toml` in `directory`, sorted by name; all problems of all files are collected before throwing.
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
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            do {
                configs.append(try load(path))
            } catch {
                errors += error.errors
            }
        }
        var owners: [String: String] = [:]
        for config in configs {
            for source in config.sources {
                if let other = owners[source.id] {
                    errors.append(
                        AgencyConfigError(
                            location: source.location, source: source.id,
                            message: "source id also defined in \(other)"))
                }
                owners[source.id] = config.file
            }
        }
        guard errors.isEmpty else { throw AgencyConfigErrors(errors: errors) }
        return configs
    }

    /// One agency file.
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
        var reader = ConfigReader(table: table, file: path)
        let config = reader.agency(parsers: parsers)
        var errors = reader.errors
        if let config { errors += RuleCompiler.check(config) }
        guard errors.isEmpty, let config else { throw AgencyConfigErrors(errors: errors) }
        return config
    }
}

/// All problems found in the agency files, one per line.
public struct AgencyConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [AgencyConfigError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
