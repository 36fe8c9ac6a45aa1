import ArgumentParser

/// How log records are written to standard error: one human-readable line each, or one JSON object each (for
/// journald, Loki and anything else that reads JSON lines).
enum LogFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    case text, json

    /// The environment variable that picks the format when `--log-format` is not given.
    static let environmentKey = "CONNECT_LOG_FORMAT"

    /// The format for this process: `--log-format` if given, else `CONNECT_LOG_FORMAT`, else JSON under systemd
    /// (which sets `JOURNAL_STREAM` for a unit whose output goes to the journal), else text.
    ///
    /// Logging is bootstrapped before the arguments are parsed (a `Logger` made earlier would keep the default
    /// handler), so the option is looked up here by hand; the parser checks its value afterwards.
    /// - Returns: the format, and a warning when the environment named a format that does not exist.
    static func chosen(arguments: [String], environment: [String: String]) -> (LogFormat, warning: String?) {
        if let given = optionValue("--log-format", in: arguments), let format = LogFormat(rawValue: given) {
            return (format, nil)
        }
        if let named = environment[environmentKey], !named.isEmpty {
            guard let format = LogFormat(rawValue: named.lowercased()) else {
                return (.text, "\(environmentKey)='\(named)' is not text or json; logging as text")
            }
            return (format, nil)
        }
        if let journal = environment["JOURNAL_STREAM"], !journal.isEmpty { return (.json, nil) }
        return (.text, nil)
    }

    /// The value of `--name VALUE` or `--name=VALUE` before any `--` terminator.
    static func optionValue(_ name: String, in arguments: [String]) -> String? {
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == name, index + 1 < arguments.endIndex { return arguments[index + 1] }
            if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
            index += 1
        }
        return nil
    }
}
