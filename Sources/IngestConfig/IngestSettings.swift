import Foundation
import TOML

/// The resolved settings of one process: defaults (which point at the services `scripts/services` starts), then the
/// optional TOML config file, then environment variables, each value remembering where it came from. Loading
/// validates everything at once, so a bad setting stops the command before it touches anything.
public struct IngestSettings: Sendable {
    /// Where a setting's value came from, for `config show` and error messages.
    public enum Origin: Sendable, Hashable, CustomStringConvertible {
        case defaultValue
        case file(String)
        case environment(String)

        public var description: String {
            switch self {
            case .defaultValue: "default"
            case .file(let location): location
            case .environment(let name): "environment variable \(name)"
            }
        }
    }

    /// A setting's text as given, and its origin.
    public struct Value: Sendable, Hashable {
        public let text: String
        public let origin: Origin
    }

    /// The environment variable naming a config file when `--config` is not given.
    public static let configFileVariable = "CONNECT_INGEST_CONFIG"

    private var values: [SettingKey: Value]

    /// Loads and validates the settings.
    /// - Parameters:
    ///   - environment: the process environment (injectable for tests).
    ///   - configFile: a TOML file; when nil, the file named by `CONNECT_INGEST_CONFIG`, if any.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment, configFile: String? = nil
    ) throws(SettingsError) -> IngestSettings {
        var values: [SettingKey: Value] = [:]
        for key in SettingKey.all { values[key] = Value(text: key.defaultValue, origin: .defaultValue) }
        if let path = configFile ?? environment[configFileVariable].flatMap({ $0.isEmpty ? nil : $0 }) {
            for (key, value) in try ConfigFile.read(path) { values[key] = value }
        }
        for key in SettingKey.all {
            if let text = environment[key.environmentVariable] {
                values[key] = Value(text: text, origin: .environment(key.environmentVariable))
            }
        }
        for key in SettingKey.all {
            if let value = values[key] { try SettingValidation.check(key, value) }
        }
        return IngestSettings(values: values)
    }

    /// The value and origin of `key`.
    public func value(_ key: SettingKey) -> Value {
        values[key] ?? Value(text: key.defaultValue, origin: .defaultValue)
    }

    public func text(_ key: SettingKey) -> String { value(key).text }

    /// A duration setting (validated at load time).
    public func duration(_ key: SettingKey) -> Duration {
        DurationText.parse(text(key)) ?? DurationText.parse(key.defaultValue) ?? .seconds(1)
    }

    /// A positive-integer setting (validated at load time).
    public func integer(_ key: SettingKey) -> Int {
        Int(text(key)) ?? Int(key.defaultValue) ?? 1
    }

    public var databaseURL: String { text(.databaseURL) }
    public var redisQueueURL: String { text(.redisQueueURL) }
    public var redisCacheURL: String { text(.redisCacheURL) }
    public var archiveDirectory: String { text(.archiveDirectory) }
    public var agenciesDirectory: String { text(.agenciesDirectory) }

    /// Every setting as `name = value  (origin)`, passwords masked: safe to print and log.
    public func redactedLines() -> [String] {
        let width = SettingKey.all.map(\.name.count).max() ?? 0
        return SettingKey.all.map { key in
            let value = value(key)
            let shown = key.kind == .postgresURL || key.kind == .redisURL ? Redaction.maskURL(value.text) : value.text
            let padding = String(repeating: " ", count: width - key.name.count)
            return "\(key.name)\(padding) = \(shown)  (\(value.origin))"
        }
    }
}
