import Foundation
import Logging
import Parse

/// One log event as it is written: a line of text or a JSON object, never more than one line either way, so that
/// journald, `grep` and log shippers see one record per line.
struct LogRecord {
    var time: Date
    var level: Logger.Level
    var label: String
    var message: String
    var metadata: Logger.Metadata

    /// The fields every JSON record starts with; metadata keys that would shadow them get a `meta.` prefix.
    static let reservedKeys: Set<String> = ["time", "level", "logger", "message"]

    /// `2026-11-23T00:05:01.250Z error connect-ingest.work: message agency=KEIT job=… source=keit.itech.list`
    var textLine: String {
        var line = "\(Self.timestamp(time)) \(level.rawValue) \(label): \(Self.oneLine(message))"
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(Self.textValue(value))"
        }
        return line
    }

    /// `{"time":"…","level":"error","logger":"connect-ingest.work","message":"…","agency":"KEIT",…}`, metadata
    /// keys sorted after the fixed fields.
    var jsonLine: String {
        var fields = [
            ("time", JSONText.string(Self.timestamp(time))), ("level", JSONText.string(level.rawValue)),
            ("logger", JSONText.string(label)), ("message", JSONText.string(message)),
        ]
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            fields.append((Self.reservedKeys.contains(key) ? "meta." + key : key, Self.jsonValue(value)))
        }
        return "{" + fields.map { JSONText.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Line breaks in a message shown as `⏎`, so one record stays one line.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }

    /// A value as `key=value`; quoted (JSON-style) when it has spaces, quotes or `=` in it.
    static func textValue(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text):
            let plain = !text.isEmpty && !text.contains { $0.isWhitespace || $0 == "\"" || $0 == "=" }
            return plain ? text : JSONText.string(text)
        case .stringConvertible(let convertible): return textValue(.string(convertible.description))
        case .array, .dictionary: return jsonValue(value)
        }
    }

    static func jsonValue(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): return JSONText.string(text)
        case .stringConvertible(let convertible): return JSONText.string(convertible.description)
        case .array(let values): return "[" + values.map(jsonValue).joined(separator: ",") + "]"
        case .dictionary(let entries):
            let fields = entries.sorted { $0.key < $1.key }.map { JSONText.string($0.key) + ":" + jsonValue($0.value) }
            return "{" + fields.joined(separator: ",") + "}"
        }
    }
}

/// JSON string literals written by hand, so a record's fixed fields come first in a fixed order; escaped as the
/// store's canonical JSON escapes them.
enum JSONText {
    static func string(_ text: String) -> String {
        var writer = CanonicalJSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.text
    }
}
