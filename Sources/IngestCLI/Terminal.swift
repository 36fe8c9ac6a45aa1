import Foundation

/// The command's own output: results to standard output, diagnostics to standard error.
enum Terminal {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One `write` per line: lines from concurrent tasks (log records) never interleave within a line.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `value` as one line of JSON, as every `--format json` listing writes it: sorted keys, dates in ISO 8601.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        line(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// One CSV record (RFC 4180: a field is quoted when it holds a comma, a quote or a line break; quotes doubled).
    static func csv(_ fields: [String]) {
        line(
            fields.map { field in
                guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: ","))
    }
}
