import Foundation

/// Checks one setting's text against its kind; the error names the setting, its origin and what was expected.
enum SettingValidation {
    static func check(_ key: SettingKey, _ value: IngestSettings.Value) throws(SettingsError) {
        let text = value.text
        func fail(_ message: String) -> SettingsError {
            SettingsError(setting: key.name, origin: value.origin.description, message: message)
        }
        if text.trimmingWhitespace().isEmpty, key.kind != .months { throw fail("is empty") }
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
        case .timesOfDay:
            for entry in text.split(separator: ",", omittingEmptySubsequences: false) where !isTimeOfDay(entry) {
                let shown = String(entry).trimmingWhitespace()
                throw fail("\"\(shown)\" in \"\(text)\" is not a time of day (HH:MM, as in 09:00,15:00)")
            }
        case .months:
            let entries =
                text.trimmingWhitespace().isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false)
            for entry in entries where !isMonthRange(entry) {
                let shown = String(entry).trimmingWhitespace()
                throw fail("\"\(shown)\" in \"\(text)\" is not a month or an ascending range (as in 1-3)")
            }
        case .path, .text:
            break
        }
    }

    /// `9:00` or `09:00`, 00:00–23:59.
    private static func isTimeOfDay(_ entry: Substring) -> Bool {
        let parts = String(entry).trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return false }
        return hour < 24 && minute < 60
    }

    /// `3` or `1-3` (ascending), months 1–12.
    private static func isMonthRange(_ entry: Substring) -> Bool {
        let bounds = entry.split(separator: "-", omittingEmptySubsequences: false).map {
            Int(String($0).trimmingWhitespace())
        }
        guard (1...2).contains(bounds.count), let first = bounds[0], let last = bounds[bounds.count - 1] else {
            return false
        }
        return (1...12).contains(first) && (1...12).contains(last) && first <= last
    }
}
