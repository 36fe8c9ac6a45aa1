import Foundation
import TOML

/// Reads the optional TOML config file: sections `[database]`, `[redis]`, `[paths]`, `[timing]` with the keys of
/// `SettingKey`. Unknown sections or keys are errors with their file position, so a typo never silently falls back
/// to a default.
enum ConfigFile {
    static func read(_ path: String) throws(SettingsError) -> [SettingKey: IngestSettings.Value] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SettingsError(
                setting: "config file", origin: path, message: "cannot read it: \(error.localizedDescription)")
        }
        let document: TOMLTable
        do {
            document = try TOMLDocument.parse(text, file: path)
        } catch {
            throw SettingsError(setting: "config file", origin: error.location.description, message: error.message)
        }
        let known = Dictionary(uniqueKeysWithValues: SettingKey.all.map { ($0.name, $0) })
        let sections = Set(SettingKey.all.map { String($0.name.split(separator: ".")[0]) })
        var values: [SettingKey: IngestSettings.Value] = [:]
        for sectionName in document.keys {
            let origin = document.location(of: sectionName)?.description ?? path
            guard sections.contains(sectionName), let section = document[sectionName]?.tableValue else {
                throw SettingsError(
                    setting: sectionName, origin: origin,
                    message: "unknown section (known: \(sections.sorted().joined(separator: ", ")))")
            }
            for name in section.keys {
                let fullName = sectionName + "." + name
                let location = section.location(of: name)?.description ?? origin
                guard let key = known[fullName] else {
                    let siblings = SettingKey.all.map(\.name).filter { $0.hasPrefix(sectionName + ".") }
                    throw SettingsError(
                        setting: fullName, origin: location,
                        message: "unknown setting (known in [\(sectionName)]: \(siblings.joined(separator: ", ")))")
                }
                guard let text = textValue(section[name], for: key) else {
                    throw SettingsError(
                        setting: fullName, origin: location,
                        message:
                            "must be a string\(key.kind == .duration ? " such as \"15s\" or a number of seconds" : "")")
                }
                values[key] = IngestSettings.Value(text: text, origin: .file(location))
            }
        }
        return values
    }

    private static func textValue(_ value: TOMLValue?, for key: SettingKey) -> String? {
        switch value {
        case .string(let text)?: text
        case .integer(let number)? where key.kind == .duration || key.kind == .positiveInteger: String(number)
        case .float(let number)? where key.kind == .duration: String(number)
        default: nil
        }
    }
}
