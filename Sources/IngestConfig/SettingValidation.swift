import Foundation

/// Checks one setting's text against its kind; the error names the setting, its origin and what was expected.
enum SettingValidation {
    static func check(_ key: SettingKey, _ value: IngestSettings.Value) throws(SettingsError) {
        let text = value.text
        func fail(_ message: String) -> SettingsError {
            SettingsError(setting: key.name, origin: value.origin.description, message: message)
        }
        if text.trimmingWhitespace().isEmpty { throw fail("is empty") }
        switch key.kind {
        case .postgresURL:
            guard text.hasPrefix("postgresql://") || text.hasPrefix("postgres://"),
                let url = URLComponents(string: text), url.host?.isEmpty == false
            else {
                throw fail(
                    "\"\(Redaction.maskURL(text))\" is not a PostgreSQL URL (postgresql://user@host:port/database)")
            }
        case .redisURL:
            guard text.hasPrefix("redis://"), let url = URLComponents(string: text), url.host?.isEmpty == false
            else {
                throw fail("\"\(Redaction.maskURL(text))\" is not a Redis URL (redis://[:password@]host:port/db)")
            }
            let database = url.path.dropFirst()
            if !database.isEmpty, Int(database) == nil {
                throw fail("database \"\(database)\" in \(Redaction.maskURL(text)) is not a number")
            }
        case .duration:
            guard DurationText.parse(text) != nil else {
                throw fail("\"\(text)\" is not a positive duration (use e.g. 500ms, 15s, 2m, 1h)")
            }
        case .positiveInteger:
            guard let number = Int(text), number > 0 else { throw fail("\"\(text)\" is not a positive integer") }
        case .path, .text:
            break
        }
    }
}
