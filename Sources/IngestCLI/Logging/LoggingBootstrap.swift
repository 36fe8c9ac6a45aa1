import Foundation
import Logging

/// Installs `LineLogHandler` for the whole process, once, before any `Logger` exists: records go to standard error
/// (standard output carries the commands' results), as text or JSON lines, at `CONNECT_LOG_LEVEL` (default info).
enum LoggingBootstrap {
    static let levelKey = "CONNECT_LOG_LEVEL"

    static func install(arguments: [String], environment: [String: String]) {
        let (format, warning) = LogFormat.chosen(arguments: arguments, environment: environment)
        var level = Logger.Level.info
        var problems = warning.map { [$0] } ?? []
        if let named = environment[levelKey], !named.isEmpty {
            if let parsed = Logger.Level(rawValue: named.lowercased()) {
                level = parsed
            } else {
                let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("\(levelKey)='\(named)' is not a level (\(levels)); logging at info")
            }
        }
        let chosenLevel = level
        LoggingSystem.bootstrap(
            { label, provider in
                var handler = LineLogHandler(label: label, format: format, write: { Terminal.error($0) })
                handler.logLevel = chosenLevel
                handler.metadataProvider = provider
                return handler
            }, metadataProvider: nil)
        let logger = Logger(label: "connect-ingest")
        for problem in problems { logger.warning("\(problem)") }
    }
}
